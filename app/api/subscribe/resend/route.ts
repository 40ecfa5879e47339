import { resendEndpoint } from "@/lib/forms/handlers/subscribe";

export const POST = resendEndpoint;
