import { signInEndpoint } from "@/lib/forms/handlers/admin";

export const POST = signInEndpoint;
