import { confirmEndpoint } from "@/lib/forms/handlers/subscribe";
import { formOnlyGet } from "@/lib/forms/endpoint";

export const GET = formOnlyGet;
export const POST = confirmEndpoint;
