import { consultationEndpoint } from "@/lib/forms/handlers/consultation";
import { formOnlyGet } from "@/lib/forms/endpoint";

export const GET = formOnlyGet;
export const POST = consultationEndpoint;
