import { deleteMyDataEndpoint } from "@/lib/forms/handlers/leave";
import { formOnlyGet } from "@/lib/forms/endpoint";

export const GET = formOnlyGet;
export const POST = deleteMyDataEndpoint;
