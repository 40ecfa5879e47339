import { confirmEndpoint } from "@/lib/forms/handlers/subscribe";

export const POST = confirmEndpoint;
