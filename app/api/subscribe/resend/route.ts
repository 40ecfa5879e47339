import { formOnlyGet } from "@/lib/forms/endpoint";
import { resendEndpoint } from "@/lib/forms/handlers/subscribe";

export const GET = formOnlyGet;
export const POST = resendEndpoint;
