import "server-only";
import { rateLimitPerHour } from "../rate-limit";
import { problem, type Outcome } from "../respond";

// The answers every form handler gives when it refuses a request before looking at what it says.

/** The hidden field people leave empty was filled in: an automated submission. */
export const honeypotProblem = problem(400, "This form could not be accepted", "A field that people leave empty was filled in, so we took this for an automated submission. Nothing was stored.");

/** The client address has sent its forms for the hour (FORM_RATE_LIMIT). */
export function rateLimited(): Outcome {
  const limit = rateLimitPerHour();
  return problem(
    429,
    "Too many forms sent from your connection",
    `We accept ${limit} ${limit === 1 ? "form" : "forms"} an hour from one connection, and yours has reached that. It can send again within the hour. Nothing was stored.`,
  );
}
