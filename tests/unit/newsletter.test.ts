import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deriveKeys } from "@/lib/forms/keys";
import { IssueProblem, readIssue } from "@/lib/forms/newsletter";
import { unseal } from "@/lib/forms/seal";
import { openStore, type Store } from "@/lib/store";
import { generatedSecret, startWarnings } from "@/lib/store/start-checks";
import { header, textBody } from "../support/mail";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);

describe("an issue file", () => {
  const problem = (text: string) => {
    try {
      readIssue(text, "issue.txt");
    } catch (error) {
      return error instanceof IssueProblem ? error.message : `not an IssueProblem: ${String(error)}`;
    }
    return "read without a problem";
  };

  test("is a subject line, an empty line and the text; its id follows its content", () => {
    const issue = readIssue("\uFEFFSubject:  Hiring notes for December \n\nHello,\r\n\r\nThree things this month.\n\n", "issue.txt");
    expect(issue).toEqual({ id: expect.stringMatching(/^[0-9a-f]{16}$/), subject: "Hiring notes for December", body: "Hello,\n\nThree things this month." });
    expect(readIssue("Subject: Hiring notes for December\n\nHello,\n\nThree things this month.", "x").id).toBe(issue.id);
    expect(readIssue("Subject: Hiring notes for December\n\nHello,\n\nFour things this month.", "x").id).not.toBe(issue.id);
  });

  test("a slip is named with its file and line", () => {
    expect(problem("Hiring notes\n\nHello")).toBe('issue.txt:1: the first line must be the subject, as in "Subject: Hiring notes for December"');
    expect(problem("Subject: \n\nHello")).toMatch(/^issue\.txt:1: the first line must be the subject/);
    expect(problem("Subject: Notes\tDecember\n\nHello")).toMatch(/^issue\.txt:1: the subject holds a control character/);
    expect(problem(`Subject: ${"x".repeat(151)}\n\nHello`)).toBe("issue.txt:1: the subject has 151 characters; mail programs show about 60, so keep it under 150");
    expect(problem("Subject: Notes\nHello")).toBe("issue.txt:2: leave this line empty: it ends the subject, and the text starts after it");
    expect(problem("Subject: Notes\n\n  \n")).toBe("issue.txt:3: there is no text after the subject");
  });
});

describe("npm run newsletter, against a real database and a real SMTP receiver", () => {
  const dir = tempDir("guide-newsletter-");
  const received: { to: string; raw: string }[] = [];
  let smtp: SMTPServer;
  let smtpPort = 0;
  let store: Store;
  let secret = "";
  const origin = "https://guide.example.com";
  const env = () => ({ ...process.env, DATA_DIR: dir, DATABASE_URL: "", FORM_SECRET: "", SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SITE_URL: origin });

  /** Runs the command as an operator would, from a folder with no build (so the links take SITE_URL). */
  const newsletter = (args: string[], extra: Record<string, string> = {}) =>
    new Promise<{ code: number; out: string; err: string }>((resolve) => {
      const cli = path.resolve("lib/forms/newsletter-cli.ts");
      const options = { cwd: dir, env: { ...env(), ...extra, TSX_TSCONFIG_PATH: path.resolve("tsconfig.json") } };
      // tsx as `npm run` finds it, though the folder it runs in has no node_modules.
      const tsx = pathToFileURL(path.resolve("node_modules/tsx/dist/loader.mjs")).href;
      execFile(process.execPath, ["--conditions=react-server", "--import", tsx, cli, ...args], options, (error, out, err) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }),
      );
    });
  const issueFile = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return name;
  };
  const subscribe = async (email: string) => {
    await store.addSubscriber({ email, consentText: "yes", now: 1 });
    await store.confirmSubscriber(email, 2);
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onMailFrom(address, _session, callback) {
        // A sender the relay will not send for (unverified, or over its quota): every mail fails, whoever it is to.
        callback(address.address.startsWith("blocked") ? Object.assign(new Error("Sender not allowed"), { responseCode: 550 }) : undefined);
      },
      onRcptTo(address, _session, callback) {
        callback(address.address.startsWith("gone") ? Object.assign(new Error("User unknown"), { responseCode: 550 }) : undefined);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          for (const r of session.envelope.rcptTo) received.push({ to: r.address, raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    smtpPort = (smtp.server.address() as { port: number }).port;
    // The site's database as its server left it: a secret generated by a form, its fingerprint recorded at start.
    store = await openStore({ DATA_DIR: dir });
    secret = await generatedSecret(store);
    await startWarnings(store, "");
    for (const email of ["ada@example.com", "grace@example.com", "gone@example.com"]) await subscribe(email);
    await store.addSubscriber({ email: "pending@example.com", consentText: "yes", now: 1 }); // never confirmed
  });
  afterAll(async () => {
    await store.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  test("shows the mail and whom it would reach, sends a test copy, then sends each confirmed subscriber one with their own links, once", async () => {
    const file = issueFile("december.txt", "Subject: Hiring notes for December\n\nHello,\n\nThree things this month: https://guide.example.com/vetting\n");
    const dry = await newsletter([file]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('"Hiring notes for December". 3 confirmed subscribers have not had it. Links go to https://guide.example.com.');
    expect(dry.out).toContain("Three things this month: https://guide.example.com/vetting\n\n-- \n");
    expect(dry.out).toContain("Nothing was sent.");
    expect(received).toEqual([]);

    expect((await newsletter([file, "--to", "Editor@Example.com"])).out).toContain('Sent "Hiring notes for December" to editor@example.com alone.');
    expect(received.map((m) => m.to)).toEqual(["editor@example.com"]);

    const sent = await newsletter([file, "--send"]);
    expect(sent).toMatchObject({ code: 0, err: "" });
    expect(sent.out).toContain("Sent 2. 1 refused by their mail servers (not tried again).");
    const mails = received.slice(1);
    expect(mails.map((m) => m.to).sort()).toEqual(["ada@example.com", "grace@example.com"]);
    for (const { to, raw } of mails) {
      expect(header(raw, "subject")).toBe("Hiring notes for December");
      expect(header(raw, "auto-submitted")).toBeUndefined(); // a person wrote it
      expect(header(raw, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
      // Each reader's own links, on the site, sealed with the server's secret: they open there, for that address.
      const oneClick = /^<(.+)>$/.exec(header(raw, "list-unsubscribe")!)![1];
      expect(oneClick.startsWith(`${origin}/api/unsubscribe?token=`)).toBe(true);
      const token = new URL(oneClick).searchParams.get("token");
      expect(unseal(deriveKeys(secret).seal, "unsubscribe", token)).toMatchObject({ ok: true, data: { e: to } });
      expect(textBody(raw)).toMatch(new RegExp(`^Hello,\\n\\nThree things this month: https://guide\\.example\\.com/vetting\\n\\n-- \\n[\\s\\S]*\\n${origin.replaceAll(".", "\\.")}/unsubscribe\\?token=${token}\\n?$`));
    }

    // Run again: nobody gets it twice, the refused address is not tried again; a new subscriber gets it alone.
    expect((await newsletter([file, "--send"])).out).toContain("0 confirmed subscribers have not had it.");
    await subscribe("new@example.com");
    expect((await newsletter([file, "--send"])).out).toContain("Sent 1.");
    expect(received.slice(3).map((m) => m.to)).toEqual(["new@example.com"]);
  });

  test("stops when the mail server is down, says how many are left, and a later run goes on from there", async () => {
    const file = issueFile("january.txt", "Subject: Hiring notes for January\n\nHello again.\n");
    const port = smtpPort;
    smtpPort = 1; // nothing listens there
    const stopped = await newsletter([file, "--send"]);
    expect(stopped.code).toBe(1);
    expect(stopped.err).toMatch(/^Stopped: .*ECONNREFUSED.*\. Sent 0, 4 left\. Run the same command again to send to the rest: nobody gets it twice\.\n$/);
    smtpPort = port;
    const before = received.length;
    expect((await newsletter([file, "--send"])).out).toContain("Sent 3. 1 refused");
    expect(received.slice(before).map((m) => m.to).sort()).toEqual(["ada@example.com", "grace@example.com", "new@example.com"]);
  });

  test("a sender the mail server refuses stops the send with nobody marked; an older issue sent again reaches nobody who had it", async () => {
    const file = issueFile("february.txt", "Subject: Hiring notes for February\n\nHello.\n");
    const blocked = await newsletter([file, "--send"], { MAIL_FROM: "blocked@guide.example.com" });
    expect(blocked.code).toBe(1);
    expect(blocked.err).toContain("Stopped: Error (EENVELOPE, SMTP 550). Sent 0, 4 left.");
    expect((await newsletter([file, "--send"])).out).toContain("Sent 3. 1 refused");
    // December again, after January and February: everyone had it.
    expect((await newsletter(["december.txt", "--send"])).out).toContain("0 confirmed subscribers have not had it.");
  });

  test("stops after five addresses in a row are refused (the server refusing us), and gives them back", async () => {
    for (const n of [1, 2, 3, 4]) await subscribe(`gone${n}@example.com`);
    const file = issueFile("march.txt", "Subject: Hiring notes for March\n\nHello.\n");
    const stopped = await newsletter([file, "--send"]);
    expect(stopped.code).toBe(1);
    expect(stopped.err).toContain("Stopped: 5 addresses in a row refused (Error (EENVELOPE, SMTP 550)): the mail server may be refusing us, not them. Sent 1, 7 left.");
    expect((await store.issueRecipients(readIssue(fs.readFileSync(path.join(dir, file), "utf8"), file).id)).length).toBe(7);
    for (const n of [1, 2, 3, 4]) await store.removeSubscriber(`gone${n}@example.com`);
  });

  test("will not mail the list without SMTP_URL or with links to this machine, and makes no secret of its own", async () => {
    const file = issueFile("april.txt", "Subject: Hiring notes for April\n\nHello.\n");
    expect((await newsletter([file, "--send"], { SMTP_URL: "" })).err).toContain("SMTP_URL is not set: every mail would be written to the outbox, and the whole list marked as sent.");
    expect((await newsletter([file, "--send"], { SITE_URL: "http://localhost:3000" })).err).toContain("The links would name http://localhost:3000, which only this machine reaches");
    expect((await newsletter([file])).out).toContain("4 confirmed subscribers have not had it."); // nothing was marked
    // A database whose server never made a secret (no mail sent yet): refused, and none is made here.
    const fresh = tempDir("guide-newsletter-fresh-");
    await (await openStore({ DATA_DIR: fresh })).close();
    const none = await newsletter([file], { DATA_DIR: fresh });
    expect(none.err).toContain("FORM_SECRET is not set, and the server has generated no secret yet");
    const check = await openStore({ DATA_DIR: fresh });
    expect(await check.hasSetting("form_secret")).toBe(false);
    await check.close();
  });

  test("refuses to send links the site would not open (another FORM_SECRET than the server's), and reads no issue with a slip", async () => {
    const other = await newsletter([issueFile("x.txt", "Subject: X\n\nText\n"), "--send"], { FORM_SECRET: "not-the-servers-secret-0123456789abcdef" });
    expect(other.code).toBe(1);
    expect(other.err).toContain("This signs links with another secret than the server last started with");
    const slip = await newsletter([issueFile("slip.txt", "Hiring notes\n\nText\n")]);
    expect(slip).toMatchObject({ code: 1, err: 'slip.txt:1: the first line must be the subject, as in "Subject: Hiring notes for December"\n' });
  });
});
