import { consultationEndpoint } from "@/lib/forms/handlers/consultation";

export const POST = consultationEndpoint;
