import { deleteMyDataEndpoint } from "@/lib/forms/handlers/leave";

export const POST = deleteMyDataEndpoint;
