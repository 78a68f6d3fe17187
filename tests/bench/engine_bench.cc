// Speed of the engine, single thread. Prints figures; asserts nothing.
//
//   build/engine_bench [--benchmark_filter=...]
//
// The corpus is the text of every file in ../shared/eval/ when it is there
// (one message per line, the text column only), else a small built-in mix.
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/cues/language.h"
#include "engine/cues/matcher.h"
#include "engine/engine.h"
#include "engine/util/strings.h"

namespace {

std::vector<std::string> LoadCorpus() {
  std::vector<std::string> texts;
  const std::filesystem::path eval = std::filesystem::path(TRIAGE_SOURCE_DIR) / ".." / "shared" / "eval";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(eval, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 4 || name.substr(name.size() - 4) != ".tsv") continue;
    std::ifstream in(entry.path());
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      auto cols = triage::Split(line, '\t');
      if (cols.size() < 2) continue;
      // en_vader_*: id, score, text; ms_twitter_*: id, text, label; the rest: text, label.
      const std::string_view text = name.rfind("en_vader", 0) == 0     ? cols.back()
                                    : name.rfind("ms_twitter", 0) == 0 ? cols[1]
                                                                       : cols[0];
      texts.emplace_back(text);
    }
  }
  if (texts.empty()) {
    texts = {"I'm going to cancel my subscription, third time this month!",
             "Internet saya mati lagi, sudah 5 tahun langganan, kecewa banget",
             "Saya nak batalkan langganan, perkhidmatan teruk", "אני רוצה לבטל את המנוי, נמאס לי"};
  }
  return texts;
}

const triage::Engine& GetEngine() {
  static const triage::Engine* engine = [] {
    triage::EngineOptions options;
    options.lexicon_dir = triage::BundledLexiconDir();
    options.rules_dir = triage::BundledRulesDir();
    return triage::Engine::Create(options)->release();
  }();
  return *engine;
}

// The lexicons as the engine compiles them, Hunspell morphology included.
const triage::cues::Lexicon& GetLexicon() {
  static const triage::cues::Lexicon* lexicon = [] {
    triage::EngineOptions options;
    options.lexicon_dir = triage::BundledLexiconDir();
    return triage::LoadLexicon(options)->release();
  }();
  return *lexicon;
}

void BM_TriageTicket(benchmark::State& state) {
  static const std::vector<std::string> corpus = LoadCorpus();
  const triage::Engine& engine = GetEngine();
  size_t i = 0, bytes = 0;
  triage::v1::TriageTicketRequest request;
  for (auto _ : state) {
    request.set_text(corpus[i++ % corpus.size()]);
    bytes += request.text().size();
    benchmark::DoNotOptimize(engine.TriageTicket(request));
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(state.iterations());
  state.counters["corpus_texts"] = static_cast<double>(corpus.size());
}
BENCHMARK(BM_TriageTicket)->MinTime(2.0);

// Cue detection alone (normalize, tokenize, match, scope) plus language
// identification: the part of the engine the 30 MB/s target is about.
void BM_DetectCues(benchmark::State& state) {
  static const std::vector<std::string> corpus = LoadCorpus();
  const triage::cues::Lexicon* lexicon = &GetLexicon();
  triage::cues::Analysis analysis;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& text = corpus[i++ % corpus.size()];
    triage::cues::DetectCues(*lexicon, text, &analysis);
    benchmark::DoNotOptimize(triage::cues::IdentifyLanguage(*lexicon, text, analysis, ""));
    bytes += text.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DetectCues)->MinTime(2.0);

// The stages of BM_DetectCues, cumulative (the last one is DetectCues; BM_DetectCues
// adds language identification): where the time goes.
enum Stage { kNormalize, kTokenize, kRegions, kCues };

template <Stage stage>
void BM_Stage(benchmark::State& state) {
  static const std::vector<std::string> corpus = LoadCorpus();
  triage::text::NormalizedText norm;
  triage::text::TokenizedText tokens;
  triage::cues::Analysis analysis;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& text = corpus[i++ % corpus.size()];
    if (stage == kCues) {
      triage::cues::DetectCues(GetLexicon(), text, &analysis);
    } else {
      triage::text::Normalize(text, &norm);
      if (stage >= kTokenize) triage::text::Tokenize(norm, &tokens);
      if (stage >= kRegions) benchmark::DoNotOptimize(triage::text::FindRegions(text));
    }
    bytes += text.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Stage<kNormalize>)->Name("BM_Stage/normalize")->MinTime(1.0);
BENCHMARK(BM_Stage<kTokenize>)->Name("BM_Stage/normalize+tokenize")->MinTime(1.0);
BENCHMARK(BM_Stage<kRegions>)->Name("BM_Stage/normalize+tokenize+regions")->MinTime(1.0);
BENCHMARK(BM_Stage<kCues>)->Name("BM_Stage/normalize+tokenize+regions+match")->MinTime(1.0);

void BM_Startup(benchmark::State& state) {
  for (auto _ : state) {
    triage::EngineOptions options;
    options.lexicon_dir = triage::BundledLexiconDir();
    options.rules_dir = triage::BundledRulesDir();
    benchmark::DoNotOptimize(triage::Engine::Create(options));
  }
}
BENCHMARK(BM_Startup)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
