import { describe, expect, test } from "vitest";
import { clientAddress, peerHeader, rateLimitBucket, sharedBucket } from "@/lib/forms/client-address";
import { toCsv } from "@/lib/forms/csv";
import { isCrossSite } from "@/lib/forms/endpoint";
import { maxLength, messages } from "@/lib/forms/fields";
import { mailbox } from "@/lib/forms/rate-limit";
import { consultationSchema, pickFields, subscribeSchema, validate } from "@/lib/forms/schemas";
import { shownAddress } from "@/lib/forms/shown-address";

const goodRequest = {
  name: "Grace Hopper",
  email: "Grace@Navy.example",
  company: "Eckert-Mauchly",
  role: "both",
  teamSize: "11-50",
  timeline: "1-3-months",
  message: "We need someone to own the architecture.\r\nBudget is approved for <5 hires.",
  consent: "yes",
};

describe("newsletter signup validation", () => {
  test("normalises the address: trimmed and lower-cased", () => {
    expect(validate(subscribeSchema, { email: "  Ada@Example.COM ", consent: "yes" })).toEqual({ ok: true, data: { email: "ada@example.com", consent: "yes" } });
  });

  test("takes addresses under domains in other scripts, as browsers send them (xn--) or as typed, and keeps them in ASCII", () => {
    const accepted = (email: string) => validate(subscribeSchema, { email, consent: "yes" });
    // .рф: a top-level domain zod's own check refused as not an address
    expect(accepted("ivan@xn--e1afmkfd.xn--p1ai")).toEqual({ ok: true, data: { email: "ivan@xn--e1afmkfd.xn--p1ai", consent: "yes" } });
    expect(accepted("Ivan@Пример.РФ")).toEqual({ ok: true, data: { email: "ivan@xn--e1afmkfd.xn--p1ai", consent: "yes" } });
    expect(accepted("ada@münchen.de")).toEqual({ ok: true, data: { email: "ada@xn--mnchen-3ya.de", consent: "yes" } });
    expect(accepted("ada@münchen")).toEqual({ ok: false, errors: { email: messages.emailNoEnding } });
    // What a URL would read as a path, a port or a query is not part of an address: refused, not dropped.
    for (const typed of ["ada@münchen.de/anything", "ada@münchen.de:25", "ada@münchen.de?x", "ada@münchen.de#frag"]) {
      expect(accepted(typed).ok, typed).toBe(false);
    }
    // The length counts in ASCII, as it is stored and mailed.
    expect(accepted(`${"a".repeat(240)}@münchen.de`)).toMatchObject({ ok: false, errors: { email: expect.stringMatching(/^Use at most 254 characters/) } });
    // Shown to the reader as they know it.
    expect(shownAddress("ada@xn--mnchen-3ya.de")).toBe("ada@münchen.de");
    expect(shownAddress("ivan@xn--e1afmkfd.xn--p1ai")).toBe("ivan@пример.рф");
    expect(shownAddress("xn--odd-local@example.com")).toBe("xn--odd-local@example.com");
  });

  test.each([
    [{ email: "", consent: "yes" }, { email: messages.emailMissing }],
    [{ email: "not-an-address", consent: "yes" }, { email: messages.emailNoAt }],
    [{ email: "jane@", consent: "yes" }, { email: messages.emailNoDomain }],
    [{ email: "jane@company", consent: "yes" }, { email: messages.emailNoEnding }],
    [{ email: "jane doe@company.com", consent: "yes" }, { email: messages.emailSpace }],
    [{ email: "jane@@company.com", consent: "yes" }, { email: messages.emailInvalid }],
    [{ email: "a@b.example\r\nBcc: evil@example.com", consent: "yes" }, { email: messages.emailSpace }],
    [{ email: ` ${"A".repeat(250)}@example.com `, consent: "yes" }, { email: "Use at most 254 characters; this has 262" }],
    [{ email: "ada@example.com", consent: "" }, { consent: messages.consentMissing }],
    [{ email: "", consent: "" }, { email: messages.emailMissing, consent: messages.consentMissing }],
  ])("%j → %j", (values, errors) => {
    expect(validate(subscribeSchema, values)).toEqual({ ok: false, errors });
  });

  test("reads exactly the schema's fields from a posted body; missing ones are empty", () => {
    expect(pickFields(subscribeSchema, new URLSearchParams("email=a%40b.example&extra=1"))).toEqual({ email: "a@b.example", consent: "" });
  });
});

describe("consultation request validation", () => {
  test("names in right-to-left scripts keep their joiners and marks (ZWNJ in Persian, RLM in Hebrew)", () => {
    const result = validate(consultationSchema, { ...goodRequest, name: "نیک\u200cنام", company: "שלום\u200f Ltd" });
    expect(result.ok && result.data).toMatchObject({ name: "نیک\u200cنام", company: "שלום\u200f Ltd" });
  });

  test("a complete request passes, with line breaks kept (as LF) and '<5' allowed", () => {
    const result = validate(consultationSchema, goodRequest);
    expect(result.ok && result.data).toMatchObject({ email: "grace@navy.example", role: "both", message: goodRequest.message.replace("\r\n", "\n") });
  });

  test("a fractional architect can be asked for: the planner recommends one in many plans", () => {
    const result = validate(consultationSchema, { ...goodRequest, role: "fractional-architect" });
    expect(result.ok && result.data.role).toBe("fractional-architect");
    expect(validate(consultationSchema, { ...goodRequest, role: "part-timer" }).ok).toBe(false);
  });

  test("a '<' in ordinary text is not taken for an HTML tag", () => {
    for (const message of ["We need it in < a month.", "A team of <ten people.", "If a < b, hire.", "Budget for <5 hires."]) {
      const result = validate(consultationSchema, { ...goodRequest, message });
      expect(result.ok, message).toBe(true);
    }
  });

  test("every missing field gets its own message", () => {
    const result = validate(consultationSchema, Object.fromEntries(Object.keys(goodRequest).map((k) => [k, ""])));
    expect(result).toEqual({
      ok: false,
      errors: {
        name: messages.nameMissing,
        email: messages.emailMissing,
        company: messages.companyMissing,
        role: messages.roleMissing,
        teamSize: messages.teamSizeMissing,
        timeline: messages.timelineMissing,
        message: messages.messageMissing,
        consent: messages.consentMissing,
      },
    });
  });

  test.each([
    ["name", "Grace\r\nBcc: evil@example.com", messages.controlCharacters],
    ["company", "Acme\nX-Injected: 1", messages.controlCharacters],
    ["name", "<script>alert(1)</script>", messages.markup],
    ["company", '<img src=x onerror="alert(1)">', messages.markup],
    ["name", "<img/src=x onerror=alert(1)>", messages.markup],
    ["company", "<svg/onload=alert(1)>", messages.markup],
    ["message", "Hello <script>alert(1)</script>", messages.markup],
    ["message", "Notes <!-- hidden", messages.markup],
    ["message", "Use </b> here", messages.markup],
    ["message", "bell\u0007", "Use plain text"],
    // A right-to-left override shows the rest of the line reversed in the agency's notice.
    ["company", "Acme \u202egnp.exe", messages.controlCharacters],
    ["name", "Ada \u2066Lovelace\u2069", messages.controlCharacters],
    ["message", "Pay \u202e0001$ now", "Use plain text"],
    ["name", "x".repeat(maxLength.name + 1), "Use at most 100 characters; this has 101"],
    ["message", `  ${"x".repeat(2480)}\n`, "Use at most 2,000 characters; this has 2,480"],
    ["role", "ceo", messages.roleMissing],
    ["teamSize", "10000", messages.teamSizeMissing],
    ["timeline", "yesterday", messages.timelineMissing],
    ["consent", "on", messages.consentMissing],
  ])("%s = %j → %s", (field, value, message) => {
    expect(validate(consultationSchema, { ...goodRequest, [field]: value })).toEqual({ ok: false, errors: { [field]: message } });
  });
});

describe("CSV export", () => {
  test.each([
    ["=HYPERLINK(\"http://evil\")", `"'=HYPERLINK(""http://evil"")"`],
    ["+1", `"'+1"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tx", `"'\tx"`],
    ["\rx", `"'\rx"`],
    ["plain, with \"quotes\"", `"plain, with ""quotes"""`],
    ["a-b", `"a-b"`],
  ])("%j → %s", (input, output) => {
    expect(toCsv(["cell"], [[input]])).toBe(`"cell"\r\n${output}\r\n`);
  });

  test("a document has a header row and CRLF line ends", () => {
    expect(toCsv(["a", "b"], [["1", null]])).toBe('"a","b"\r\n"1",""\r\n');
  });
});

describe("client address for the rate limit", () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  test("without TRUST_PROXY, X-Forwarded-For is ignored and the socket address (stamped by the server) is used", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7", [peerHeader]: "192.0.2.1" }), undefined)).toBe("192.0.2.1");
  });

  test("with TRUST_PROXY=1, the last X-Forwarded-For entry (added by our proxy) is used, not what the client put first", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.66, 203.0.113.7", [peerHeader]: "10.0.0.2" }), "1")).toBe("203.0.113.7");
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.66, 203.0.113.7, 10.0.0.5" }), "2")).toBe("203.0.113.7");
  });

  test("with TRUST_PROXY=1 but no X-Forwarded-For, the socket address", () => {
    expect(clientAddress(headers({ [peerHeader]: "10.0.0.2" }), "1")).toBe("10.0.0.2");
  });

  test("with nothing to go on, one shared bucket (limits the total instead of nothing)", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), "yes")).toBe(sharedBucket);
  });

  test("an IPv6 client counts by its /64, socket or proxy alike: changing the last 64 bits is the same client", () => {
    const one = clientAddress(headers({ [peerHeader]: "2001:db8:1:2::1" }), undefined);
    expect(clientAddress(headers({ [peerHeader]: "2001:db8:1:2:ffff:eeee:dddd:cccc" }), undefined)).toBe(one);
    expect(clientAddress(headers({ "x-forwarded-for": "2001:DB8:1:2:0:0:0:99" }), "1")).toBe(one);
    expect(clientAddress(headers({ [peerHeader]: "2001:db8:1:3::1" }), undefined)).not.toBe(one);
    expect(rateLimitBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitBucket("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(rateLimitBucket("64:ff9b::198.51.100.7")).toBe("64:ff9b:0:0::/64");
    // IPv4, written plainly or IPv4-mapped (a dual-stack socket), is one client per address.
    expect(rateLimitBucket("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(rateLimitBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(rateLimitBucket("not an address")).toBe("not an address");
  });

  test("a port a proxy writes after the address (new with every connection) is not part of the client", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "192.0.2.1:50123" }), "1")).toBe("192.0.2.1");
    expect(rateLimitBucket("[2001:db8:1:2::7]:443")).toBe(rateLimitBucket("2001:db8:1:2::1"));
  });
});

describe("cross-site posts", () => {
  const origin = "https://guide.example";
  const check = (init: Record<string, string>) => isCrossSite(new Headers(init), origin);

  test.each([
    [{ "sec-fetch-site": "cross-site" }, true],
    [{ origin: "https://evil.example", host: "guide.example" }, true],
    [{ origin: "null", host: "guide.example" }, true],
    [{ origin: "https://guide.example", host: "10.0.0.1:3000" }, false],
    [{ origin: "http://localhost:3210", host: "localhost:3210" }, false],
    [{ "sec-fetch-site": "same-origin", origin: "https://guide.example" }, false],
    [{}, false],
  ])("%j → cross-site %s", (init, expected) => {
    expect(check(init)).toBe(expected);
  });
});

describe("the mailbox an address reaches (for the per-address mail cap)", () => {
  test("tags and Gmail's dots are one inbox; other addresses stay apart", () => {
    expect(mailbox("ada+news@example.com")).toBe("ada@example.com");
    expect(mailbox("Ada+1+2@Example.COM")).toBe("ada@example.com");
    expect(mailbox("a.d.a+x@googlemail.com")).toBe("ada@gmail.com");
    expect(mailbox("a.da@example.com")).toBe("a.da@example.com"); // dots matter elsewhere
    expect(mailbox("grace@example.com")).not.toBe(mailbox("ada@example.com"));
  });
});
