#include "engine/request_json.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>

#include "engine/util/strings.h"

namespace triage {
namespace {

namespace pb = google::protobuf;

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}

// Rewrites enum values written as "email" or "Customer" to their proto names
// ("CHANNEL_EMAIL", "ROLE_CUSTOMER"), walking the JSON alongside `type`.
absl::Status CanonicalizeEnums(const pb::Descriptor* type, pb::Struct* object, const std::string& path) {
  for (auto& [key, value] : *object->mutable_fields()) {
    const pb::FieldDescriptor* field = type->FindFieldByName(key);
    if (field == nullptr) continue;  // the JSON parser reports unknown fields
    const std::string field_path = path.empty() ? key : StrCat(path, ".", key);
    auto fix_one = [&](pb::Value* v, const std::string& where) -> absl::Status {
      if (field->type() == pb::FieldDescriptor::TYPE_ENUM && v->kind_case() == pb::Value::kStringValue) {
        const pb::EnumDescriptor* e = field->enum_type();
        const std::string want = Upper(v->string_value());
        // The prefix is what precedes "UNSPECIFIED" in the zero value's name.
        std::string prefix = e->value(0)->name();
        prefix = prefix.substr(0, prefix.rfind("UNSPECIFIED"));
        for (int i = 0; i < e->value_count(); ++i) {
          const std::string& name = e->value(i)->name();
          if (name == want || name == prefix + want) {
            v->set_string_value(name);
            return absl::OkStatus();
          }
        }
        return absl::InvalidArgumentError(StrCat(where, ": unknown value '", v->string_value(), "'"));
      }
      if (field->type() == pb::FieldDescriptor::TYPE_MESSAGE && v->kind_case() == pb::Value::kStructValue) {
        return CanonicalizeEnums(field->message_type(), v->mutable_struct_value(), where);
      }
      return absl::OkStatus();
    };
    if (field->is_repeated() && value.kind_case() == pb::Value::kListValue) {
      auto* list = value.mutable_list_value();
      for (int i = 0; i < list->values_size(); ++i) {
        if (absl::Status s = fix_one(list->mutable_values(i), StrCat(field_path, "[", i, "]")); !s.ok()) return s;
      }
    } else if (absl::Status s = fix_one(&value, field_path); !s.ok()) {
      return s;
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<ParsedRequest> ParseRequestJson(std::string_view line) {
  pb::Value root;
  pb::util::Status parsed = pb::util::JsonStringToMessage(std::string(line), &root);
  if (!parsed.ok()) return absl::InvalidArgumentError(StrCat("not valid JSON: ", parsed.message()));
  if (root.kind_case() != pb::Value::kStructValue) {
    return absl::InvalidArgumentError("a request is a JSON object, like {\"text\": \"...\"}");
  }
  pb::Struct* object = root.mutable_struct_value();
  const bool conversation = object->fields().count("turns") > 0;
  ParsedRequest request;
  pb::Message* message;
  if (conversation) {
    request = v1::TriageConversationRequest();
    message = &std::get<v1::TriageConversationRequest>(request);
  } else {
    request = v1::TriageTicketRequest();
    message = &std::get<v1::TriageTicketRequest>(request);
  }
  if (absl::Status s = CanonicalizeEnums(message->GetDescriptor(), object, ""); !s.ok()) return s;
  std::string json;
  if (!pb::util::MessageToJsonString(*object, &json).ok()) return absl::InternalError("re-encoding the request");
  pb::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  pb::util::Status status = pb::util::JsonStringToMessage(json, message, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(StrCat(conversation ? "conversation" : "ticket", " request: ", status.message()));
  }
  return request;
}

absl::Status ParseJsonInto(std::string_view line, pb::Message* out) {
  pb::Value root;
  if (!pb::util::JsonStringToMessage(std::string(line), &root).ok() || root.kind_case() != pb::Value::kStructValue) {
    return absl::InvalidArgumentError("not a JSON object");
  }
  if (absl::Status s = CanonicalizeEnums(out->GetDescriptor(), root.mutable_struct_value(), ""); !s.ok()) return s;
  std::string json;
  if (!pb::util::MessageToJsonString(root.struct_value(), &json).ok()) return absl::InternalError("re-encoding");
  pb::util::Status status = pb::util::JsonStringToMessage(json, out);
  if (!status.ok()) return absl::InvalidArgumentError(StrCat(status.message()));
  return absl::OkStatus();
}

std::string ToJsonLine(const pb::Message& result) {
  pb::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string json;
  (void)pb::util::MessageToJsonString(result, &json, options);
  return json;
}

}  // namespace triage
