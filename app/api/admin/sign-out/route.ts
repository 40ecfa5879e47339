import { formOnlyGet } from "@/lib/forms/endpoint";
import { signOutEndpoint } from "@/lib/forms/handlers/admin";

export const POST = signOutEndpoint;
export const GET = formOnlyGet;
