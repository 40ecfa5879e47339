import { NextResponse, type NextRequest } from "next/server";

/**
 * Rejects request paths with malformed percent-encoding ("/%", "/vetting%E0%A4") with a clear 400.
 * Without this, Next answers them with a bare 500; a bad URL is the client's mistake, not the server's.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address contains a malformed %-escape. Check the link and try again.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Everything except Next's own static files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
