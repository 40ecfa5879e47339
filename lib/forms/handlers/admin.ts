import "server-only";
import { cookies } from "next/headers";
import { errorKind } from "@/lib/error-kind";
import { siteOrigin } from "@/lib/site";
import { adminCookie, adminSessionValue, adminToken, endAdminSessions, sameSecret } from "../admin";
import { ttl } from "../tokens";
import { formEndpoint, type FormRequest } from "../endpoint";
import { allowSubmission } from "../rate-limit";
import { problem, seeOther, type Outcome } from "../respond";
import { rateLimited } from "./refusals";

const secure = siteOrigin.startsWith("https:") ? "; Secure" : "";

/**
 * Sign-in: a right token sets the session cookie (httpOnly, SameSite=Strict, Secure on https) and goes to
 * /admin; a wrong one goes back to the form, which says so (it had led to the site's 404 page, read as "the admin
 * area is off": the form itself answers only when ADMIN_TOKEN is set, so saying so reveals nothing). Attempts
 * count against the per-address limit (scope "admin"), so the token cannot be guessed quickly.
 */
async function signIn(request: FormRequest): Promise<Outcome | Response> {
  const token = adminToken();
  // Trimmed as the Bearer header's is: a token pasted with a space after it is still the token.
  const given = (request.body.get("token") ?? "").trim();
  if (!token) return { kind: "done", to: "/admin" };
  if (!(await allowSubmission(request.address, "admin"))) return rateLimited();
  // The fragment lands the operator on the field (a focusable target of the address's fragment takes the focus).
  if (!sameSecret(given, token)) return { kind: "done", to: "/admin/sign-in?wrong=1#admin-token" };
  const response = seeOther("/admin");
  response.headers.append("Set-Cookie", `${adminCookie}=${await adminSessionValue(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${ttl.adminSession / 1000}${secure}`);
  return response;
}

/**
 * Ends every admin session on the server (when the request carries a live one) and clears the cookie. With the
 * store down the sessions cannot be ended: a 503 says so and the cookie stays, so Sign out can be tried again
 * (clearing it would have looked like a sign-out while the sessions lived on, on every instance).
 */
async function signOut(): Promise<Outcome | Response> {
  try {
    await endAdminSessions((await cookies()).get(adminCookie)?.value);
  } catch (error) {
    console.error(`admin sign-out: sessions not ended on the server: ${errorKind(error)}`);
    return problem(503, "You are still signed in", "The database did not answer, so the admin sessions could not be ended and are still live. Try Sign out again in a minute.", { href: "/admin", text: "Back to the admin page" });
  }
  const response = seeOther("/");
  response.headers.append("Set-Cookie", `${adminCookie}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`);
  return response;
}

/** POST /api/admin/sign-in. */
export const signInEndpoint = formEndpoint(signIn);
/** POST /api/admin/sign-out. */
export const signOutEndpoint = formEndpoint(signOut);
