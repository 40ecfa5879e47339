import { subscribeEndpoint } from "@/lib/forms/handlers/subscribe";

export const POST = subscribeEndpoint;
