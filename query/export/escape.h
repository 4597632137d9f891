#pragma once

// Text escaping for the export formats. Store text is UTF-8 from crawled
// news and may hold invalid bytes or control characters; every renderer
// passes its text through one of these so the output stays well-formed.

#include <string>
#include <string_view>

namespace kg::query {

// Valid UTF-8: each invalid or truncated sequence becomes U+FFFD, NUL and
// other C0 controls except '\n' and '\t' become a space, '\r' is dropped.
std::string SanitizeUtf8(std::string_view text);

// The body of a DOT double-quoted string (without the quotes), from
// SanitizeUtf8(text): '"' -> \", '\\' -> \\ (so "\n" in a name stays two
// characters and never becomes a GraphViz escape like \N or \G), a newline
// -> \n (a centred line break), a tab -> a space. Braces, angle brackets and
// other text need no escape inside quotes.
std::string EscapeDotString(std::string_view text);

// Text for HTML element content or a double-quoted attribute value:
// & < > " ' become entities (after SanitizeUtf8).
std::string EscapeHtml(std::string_view text);

// True for an http:// or https:// URL (ASCII case-insensitive scheme);
// renderers link only to these, never to javascript: or data: URLs.
bool IsWebUrl(std::string_view url);

// The first `max_chars` code points of `text` plus "…" when it was longer.
// REQUIRES: text is valid UTF-8.
std::string TruncateChars(std::string_view text, size_t max_chars);

}  // namespace kg::query
