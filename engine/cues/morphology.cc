#include "engine/cues/morphology.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <hunspell.hxx>
#include <sstream>

#include "absl/container/node_hash_map.h"
#include "engine/util/strings.h"

namespace triage::cues {
namespace {

// Hunspell 1.7 races even when constructing two instances at once.
std::mutex& ConstructionMutex() {
  static std::mutex mu;
  return mu;
}

absl::Status CheckDictionary(const std::string& aff, const std::string& dic, std::string_view package) {
  for (const std::string& path : {aff, dic}) {
    if (!std::filesystem::exists(path)) {
      return absl::NotFoundError(StrCat(path, ": Hunspell dictionary not found (Debian package ", package, ")"));
    }
  }
  return absl::OkStatus();
}

// Reads the affix rules of an .aff file: "PFX flag strip add [condition]"
// and the same for SFX, after a "PFX flag Y|N count" header per class.
AffixReach ReadAffixReach(const std::string& aff) {
  AffixReach reach;
  std::ifstream in(aff);
  if (!in) return reach;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind, flag, strip, add;
    if (!(fields >> kind)) continue;
    if (kind.rfind("COMPOUND", 0) == 0 || kind == "COMPLEXPREFIXES" || kind == "ICONV" || kind == "ONLYINCOMPOUND") {
      return AffixReach();  // not bounded
    }
    if (kind != "PFX" && kind != "SFX") continue;
    if (!(fields >> flag >> strip >> add)) continue;
    if ((strip == "Y" || strip == "N") && !add.empty() && std::isdigit(static_cast<unsigned char>(add[0]))) {
      continue;  // a class header: cross product, rule count
    }
    if (strip == "0") strip.clear();
    add = add.substr(0, add.find('/'));
    if (add == "0") add.clear();
    const bool prefix = kind == "PFX";
    size_t& max_strip = prefix ? reach.max_prefix_strip : reach.max_suffix_strip;
    max_strip = std::max(max_strip, strip.size());
    // An affix that is not plain ASCII is never part of a word the gate
    // sees; an empty prefix adds no place for a core to start.
    std::vector<std::string>& adds = prefix ? reach.prefix_adds : reach.suffix_adds;
    if ((!prefix || !add.empty()) && IsLowerAsciiWord(add) && std::find(adds.begin(), adds.end(), add) == adds.end()) {
      adds.push_back(add);
    }
  }
  reach.bounded = true;
  return reach;
}

// Answers per thread and Morphology (its generation), bounded: past this
// many words the cache starts again.
template <typename Value>
class ThreadCache {
 public:
  template <typename Compute>
  const Value& Get(uint64_t generation, std::string_view word, Compute compute) {
    constexpr size_t kMaxCached = 1 << 16;
    if (generation_ != generation || values_.size() >= kMaxCached) {
      values_.clear();
      generation_ = generation;
    }
    // Looked up by the view itself: a hit builds no string.
    auto it = values_.find(absl::string_view(word.data(), word.size()));
    if (it != values_.end()) return it->second;
    std::string key(word);
    Value value = compute(key);
    return values_.emplace(std::move(key), std::move(value)).first->second;
  }

 private:
  uint64_t generation_ = 0;
  // Node-based: Stems() hands out references that must survive later inserts.
  absl::node_hash_map<std::string, Value> values_;
};

}  // namespace

StemGate::StemGate(const AffixReach& reach, const std::vector<std::string>& roots) {
  if (!reach.bounded) return;
  for (const std::string& p : reach.prefix_adds) prefixes_[Letter(p[0])].push_back(p);
  for (const std::string& root : roots) {
    if (!IsLowerAsciiWord(root)) continue;  // never a stem of an ASCII word
    for (size_t k = 0; k <= reach.max_prefix_strip; ++k) {
      const size_t cut = k + 2 * reach.max_suffix_strip;
      if (root.size() <= cut + 1) return;  // a core of one letter bounds nothing: stay open
      std::string core = root.substr(k, root.size() - cut);
      if (core.size() == 2) {
        two_letter_cores_[Letter(core[0]) * kLetters + Letter(core[1])] = true;
      } else {
        core_starts_[(Letter(core[0]) * kLetters + Letter(core[1])) * kLetters + Letter(core[2])] = true;
        longest_core_ = std::max(longest_core_, core.size());
        cores_.insert(std::move(core));
      }
    }
  }
  // With stripping suffixes the core ends early, and the ending is unknown.
  any_ending_ = reach.max_suffix_strip > 0;
  if (!any_ending_) {
    endings_.insert("");
    for (const std::string& a : reach.suffix_adds) {
      endings_.insert(a);
      for (const std::string& b : reach.suffix_adds) endings_.insert(a + b);
    }
  }
  open_ = false;
}

// This abseil's string_view is its own type, not std::string_view.
bool StemGate::Ends(std::string_view rest) const {
  return any_ending_ || endings_.contains(absl::string_view(rest.data(), rest.size()));
}

bool StemGate::MayReachARoot(std::string_view word) const {
  if (open_) return true;
  const auto from = [&](size_t start) {
    const std::string_view w = word.substr(start);
    if (w.size() >= 2 && two_letter_cores_[Letter(w[0]) * kLetters + Letter(w[1])] && Ends(w.substr(2))) return true;
    if (w.size() < 3 || !core_starts_[(Letter(w[0]) * kLetters + Letter(w[1])) * kLetters + Letter(w[2])]) return false;
    for (size_t n = 3; n <= longest_core_ && n <= w.size(); ++n) {
      if (cores_.contains(absl::string_view(w.data(), n)) && Ends(w.substr(n))) return true;
    }
    return false;
  };
  if (word.empty() || from(0)) return true;
  for (const std::string& p : prefixes_[Letter(word[0])]) {
    if (p.size() < word.size() && word.compare(0, p.size(), p) == 0 && from(p.size())) return true;
  }
  return false;
}

absl::StatusOr<std::unique_ptr<Morphology>> Morphology::Open(const std::string& aff, const std::string& dic,
                                                             const std::vector<std::string>& extra_dics) {
  if (absl::Status s = CheckDictionary(aff, dic, "hunspell-id"); !s.ok()) return s;
  std::unique_ptr<Morphology> m(new Morphology());
  std::lock_guard<std::mutex> lock(ConstructionMutex());
  m->hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  for (const std::string& extra : extra_dics) {
    if (m->hunspell_->add_dic(extra.c_str()) != 0) {
      return absl::InvalidArgumentError(StrCat(extra, ": cannot load as a Hunspell dictionary"));
    }
  }
  static std::atomic<uint64_t> generations{0};
  m->generation_ = ++generations;
  m->reach_ = ReadAffixReach(aff);
  return m;
}

Morphology::~Morphology() = default;

absl::Status Morphology::AddSpelling(const std::string& aff, const std::string& dic) {
  if (absl::Status s = CheckDictionary(aff, dic, "hunspell-en-us"); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(ConstructionMutex());
  spelling_.push_back(std::make_unique<Hunspell>(aff.c_str(), dic.c_str()));
  return absl::OkStatus();
}

Morphology::Known Morphology::Knows(std::string_view word) const {
  thread_local ThreadCache<Known> cache;
  return cache.Get(generation_, word, [this](const std::string& w) {
    std::lock_guard<std::mutex> lock(mu_);
    Known k;
    k.indonesian = hunspell_->spell(w);
    for (const auto& h : spelling_) k.spelling = k.spelling || h->spell(w);
    return k;
  });
}

const std::vector<std::string>& Morphology::Stems(std::string_view word) const {
  thread_local ThreadCache<std::vector<std::string>> cache;
  return cache.Get(generation_, word, [this](const std::string& w) {
    std::vector<std::string> stems;
    {
      std::lock_guard<std::mutex> lock(mu_);
      stems = hunspell_->stem(w);
    }
    stems.erase(std::remove(stems.begin(), stems.end(), w), stems.end());
    return stems;
  });
}

}  // namespace triage::cues
