import { formOnlyGet } from "@/lib/forms/endpoint";
import { signInEndpoint } from "@/lib/forms/handlers/admin";

export const POST = signInEndpoint;
export const GET = formOnlyGet;
