import { unsubscribeEndpoint } from "@/lib/forms/handlers/leave";

export const POST = unsubscribeEndpoint;
