// JSON Lines requests and results in the protobuf JSON mapping, for the
// command-line tool and tests.
//
// On input, proto field names are required as written in the .proto, and
// enum values are accepted case-insensitively with or without their prefix
// ("email", "CHANNEL_EMAIL", "Customer"). A line with "turns" is a
// conversation; any other object is a ticket. Thread-safe.
#ifndef TRIAGE_ENGINE_REQUEST_JSON_H_
#define TRIAGE_ENGINE_REQUEST_JSON_H_

#include <string>
#include <string_view>
#include <variant>

#include "absl/status/statusor.h"
#include "triage/v1/triage.pb.h"

namespace triage {

using ParsedRequest = std::variant<v1::TriageTicketRequest, v1::TriageConversationRequest>;

absl::StatusOr<ParsedRequest> ParseRequestJson(std::string_view line);

// Parses one JSON object into `out` with the same enum leniency.
absl::Status ParseJsonInto(std::string_view line, google::protobuf::Message* out);

// One line of JSON (no trailing newline), proto field names preserved.
std::string ToJsonLine(const google::protobuf::Message& message);

}  // namespace triage

#endif  // TRIAGE_ENGINE_REQUEST_JSON_H_
