import "server-only";
import { cookies } from "next/headers";
import { errorKind } from "@/lib/error-kind";
import { siteOrigin } from "@/lib/site";
import { adminCookie, adminSessionValue, adminToken, endAdminSessions, sameSecret } from "../admin";
import { ttl } from "../tokens";
import { formEndpoint, type FormRequest } from "../endpoint";
import { allowSubmission } from "../rate-limit";
import { seeOther, type Outcome } from "../respond";
import { rateLimited } from "./refusals";

const secure = siteOrigin.startsWith("https:") ? "; Secure" : "";

/**
 * Sign-in: a right token sets the session cookie (httpOnly, SameSite=Strict, Secure on https) and goes to
 * /admin; a wrong one goes to /admin without it, which is the site's 404 page, like every other failure.
 * Attempts count against the per-address limit (scope "admin"), so the token cannot be guessed quickly.
 */
async function signIn(request: FormRequest): Promise<Outcome | Response> {
  const token = adminToken();
  const given = request.body.get("token") ?? "";
  if (!token) return { kind: "done", to: "/admin" };
  if (!(await allowSubmission(request.address, "admin"))) return rateLimited();
  if (!sameSecret(given, token)) return { kind: "done", to: "/admin" };
  const response = seeOther("/admin");
  response.headers.append("Set-Cookie", `${adminCookie}=${await adminSessionValue(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${ttl.adminSession / 1000}${secure}`);
  return response;
}

/** Ends every admin session on the server (when the request carries a live one) and clears the cookie. */
async function signOut(): Promise<Response> {
  // The cookie is cleared in any case; with the store down, the server-side end of the session must wait.
  await endAdminSessions((await cookies()).get(adminCookie)?.value).catch((error: unknown) => console.error(`admin sign-out: sessions not ended on the server: ${errorKind(error)}`));
  const response = seeOther("/");
  response.headers.append("Set-Cookie", `${adminCookie}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`);
  return response;
}

/** POST /api/admin/sign-in. */
export const signInEndpoint = formEndpoint(signIn);
/** POST /api/admin/sign-out. */
export const signOutEndpoint = formEndpoint(signOut);
