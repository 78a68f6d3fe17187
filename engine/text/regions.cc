#include "engine/text/regions.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

namespace triage::text {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// A line that introduces quoted history below it.
bool IsQuoteHeader(std::string_view line) {
  // Every header ends with ':' or holds a dashed rule; most lines do neither.
  if (line.empty() || (line.back() != ':' && line.find("-----") == std::string_view::npos)) return false;
  std::string l = Lower(line);
  // A mail client's dashed rule around a title: "-----Original Message-----",
  // "---------- Forwarded message ---------", and their Indonesian, Malay
  // and Hebrew forms.
  if (StartsWith(l, "-----")) {
    static constexpr std::string_view kTitles[] = {
        "original message",
        "forwarded message",
        "pesan asli",
        "pesan terusan",
        "mesej asal",
        "mesej asli",
        "mesej dimajukan",
        "\xD7\x94\xD7\x95\xD7\x93\xD7\xA2\xD7\x94 "
        "\xD7\x9E\xD7\xA7\xD7\x95\xD7\xA8\xD7\x99\xD7\xAA",  // הודעה מקורית
        "\xD7\x94\xD7\x95\xD7\x93\xD7\xA2\xD7\x94 "
        "\xD7\xA9\xD7\x94\xD7\x95\xD7\xA2\xD7\x91\xD7\xA8\xD7\x94"};  // הודעה שהועברה
    for (std::string_view title : kTitles) {
      if (l.find(title) != std::string::npos) return true;
    }
  }
  // "On Mon, 3 Jun 2024 at 10:00, Support <s@x.com> wrote:" and its
  // Indonesian, Malay and Hebrew forms.
  if ((StartsWith(l, "on ") && EndsWith(l, "wrote:")) || (StartsWith(l, "pada ") && EndsWith(l, "menulis:")) ||
      EndsWith(l, "\xD7\x9B\xD7\xAA\xD7\x91:") ||          // כתב:
      EndsWith(l, "\xD7\x9B\xD7\xAA\xD7\x91\xD7\x94:")) {  // כתבה:
    return true;
  }
  return false;
}

// Whether `line` starts with one of `labels` (lower case, colon included),
// in any case. No copy: it is asked of every line.
bool StartsWithLabel(std::string_view line, std::initializer_list<std::string_view> labels) {
  return std::any_of(labels.begin(), labels.end(), [&](std::string_view p) {
    if (line.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(line[i])) != static_cast<unsigned char>(p[i])) return false;
    }
    return true;
  });
}

// An Outlook-style header block that introduces quoted history: a "From:"
// line and, on one of the next two lines, "Sent:" or "Date:" (and their
// Indonesian, Malay and Hebrew labels). `rest` is the text after the From
// line.
bool IsHeaderBlock(std::string_view line, std::string_view rest) {
  if (!StartsWithLabel(line, {"from:", "dari:", "daripada:", "\xD7\x9E\xD7\x90\xD7\xAA:"})) return false;  // מאת:
  for (int i = 0; i < 2 && !rest.empty(); ++i) {
    const size_t eol = std::min(rest.find('\n'), rest.size());
    std::string_view next = rest.substr(0, eol);
    next = next.substr(std::min(next.size(), next.find_first_not_of(" \t")));
    if (StartsWithLabel(next, {"sent:", "date:", "dikirim:", "tanggal:", "dihantar:", "tarikh:",
                               "\xD7\xA0\xD7\xA9\xD7\x9C\xD7\x97:",              // נשלח:
                               "\xD7\xAA\xD7\x90\xD7\xA8\xD7\x99\xD7\x9A:"})) {  // תאריך:
      return true;
    }
    rest = rest.substr(std::min(rest.size(), eol + 1));
  }
  return false;
}

// A line that starts a signature or disclaimer block.
bool IsSignatureStart(std::string_view line) {
  if (line == "-- " || line == "--") return true;
  if (line.size() < 10) return false;
  // "נשלח מה-iPhone שלי", "נשלח מ-Samsung", "נשלח ממכשיר" (Sent from my ...); not "נשלח מכתב" (a letter was sent).
  if (StartsWith(line, "\xD7\xA0\xD7\xA9\xD7\x9C\xD7\x97 \xD7\x9E\xD7\x94") ||          // נשלח מה
      StartsWith(line, "\xD7\xA0\xD7\xA9\xD7\x9C\xD7\x97 \xD7\x9E-") ||                 // נשלח מ-
      StartsWith(line, "\xD7\xA0\xD7\xA9\xD7\x9C\xD7\x97 \xD7\x9E\xD7\x9E\xD7\x9B")) {  // נשלח ממכ
    return true;
  }
  // Only lines that start like one of the markers below are lowered.
  const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(line[0])));
  if (c != 's' && c != 'd' && c != 'g' && c != 'c' && c != 't' && c != 'n') return false;
  std::string l = Lower(line);
  return StartsWith(l, "sent from my ") || StartsWith(l, "dikirim dari ") || StartsWith(l, "dihantar dari ") ||
         StartsWith(l, "get outlook for ") || l.find("this email and any attachments") != std::string::npos ||
         l.find("this e-mail and any attachments") != std::string::npos || StartsWith(l, "confidentiality notice") ||
         StartsWith(l, "disclaimer:");
}

}  // namespace

std::vector<Region> FindRegions(std::string_view text) {
  std::vector<Region> regions;
  const uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t pos = 0;
  while (pos < n) {
    uint32_t eol = static_cast<uint32_t>(text.find('\n', pos));
    if (eol > n) eol = n;
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = line.substr(std::min(line.size(), line.find_first_not_of(" \t")));
    if (pos > 0 && (IsQuoteHeader(trimmed) || IsHeaderBlock(trimmed, text.substr(std::min(n, eol + 1))))) {
      regions.push_back({Region::kQuoted, pos, n});
      break;
    }
    if (pos > 0 && IsSignatureStart(line)) {
      // The signature runs until quoted history starts, or to the end.
      uint32_t end = n;
      uint32_t scan = eol;
      while (scan < n) {
        uint32_t next = static_cast<uint32_t>(text.find('\n', scan + 1));
        if (next > n) next = n;
        std::string_view l = text.substr(scan + 1, next - scan - 1);
        if (!l.empty() && (l[0] == '>' || IsQuoteHeader(l))) {
          end = scan + 1;
          break;
        }
        scan = next;
      }
      regions.push_back({Region::kSignature, pos, end});
      pos = end;
      continue;
    }
    if (!trimmed.empty() && trimmed[0] == '>') {
      if (!regions.empty() && regions.back().kind == Region::kQuoted && regions.back().end == pos) {
        regions.back().end = std::min(eol + 1, n);
      } else {
        regions.push_back({Region::kQuoted, pos, std::min(eol + 1, n)});
      }
    }
    pos = eol + 1;
  }
  return regions;
}

const Region* RegionAt(const std::vector<Region>& regions, uint32_t offset) {
  for (const Region& r : regions) {
    if (offset >= r.begin && offset < r.end) return &r;
  }
  return nullptr;
}

}  // namespace triage::text
