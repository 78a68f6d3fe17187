// Tiny --name value / --name=value flag reading for the tools (the engine
// never reads flags). Header-only; used from main() only.
#ifndef TRIAGE_TOOLS_FLAGS_H_
#define TRIAGE_TOOLS_FLAGS_H_

#include <map>
#include <string>
#include <vector>

namespace triage::tools {

struct Flags {
  std::map<std::string, std::string> values;
  std::vector<std::string> positional;
  std::string error;

  // `known` lists the flags that take a value; `switches` those that do not.
  Flags(int argc, char** argv, const std::vector<std::string>& known, const std::vector<std::string>& switches) {
    for (int i = 1; i < argc; ++i) {
      std::string arg = argv[i];
      if (arg.rfind("--", 0) != 0 || arg == "-") {
        positional.push_back(arg);
        continue;
      }
      std::string name = arg.substr(2), value;
      const size_t eq = name.find('=');
      const bool inline_value = eq != std::string::npos;
      if (inline_value) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      bool is_switch = false;
      for (const auto& s : switches) is_switch |= s == name;
      bool is_known = false;
      for (const auto& k : known) is_known |= k == name;
      if (is_switch) {
        values[name] = "true";
      } else if (is_known) {
        if (!inline_value) {
          if (i + 1 >= argc) {
            error = "--" + name + " needs a value";
            return;
          }
          value = argv[++i];
        }
        values[name] = value;
      } else {
        error = "unknown flag --" + name;
        return;
      }
    }
  }
  std::string Get(const std::string& name, const std::string& fallback) const {
    auto it = values.find(name);
    return it == values.end() ? fallback : it->second;
  }
  bool Has(const std::string& name) const { return values.count(name) > 0; }
};

}  // namespace triage::tools

#endif  // TRIAGE_TOOLS_FLAGS_H_
