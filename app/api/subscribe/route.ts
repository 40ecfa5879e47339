import { formOnlyGet } from "@/lib/forms/endpoint";
import { subscribeEndpoint } from "@/lib/forms/handlers/subscribe";

export const GET = formOnlyGet;
export const POST = subscribeEndpoint;
