import { signOutEndpoint } from "@/lib/forms/handlers/admin";

export const POST = signOutEndpoint;
