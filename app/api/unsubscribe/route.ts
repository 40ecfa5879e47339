import { unsubscribeEndpoint, unsubscribeLinkOpened } from "@/lib/forms/handlers/leave";

export const GET = unsubscribeLinkOpened;
export const POST = unsubscribeEndpoint;
