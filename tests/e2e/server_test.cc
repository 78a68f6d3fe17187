// End-to-end tests: the real `triaged` binary, started as a child process on a
// free port, called over gRPC the way any client would; and the `triage` CLI
// fed JSON Lines on stdin.
//
// Every wait is bounded: the server must print its listening line within 30 s,
// every call has a 30 s deadline, and every child must exit within 20 s of
// SIGTERM (it is killed otherwise, and the test fails).
#include <fcntl.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <future>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "triage/v1/triage.grpc.pb.h"

#ifndef TRIAGED_PATH
#error "TRIAGED_PATH must name the triaged binary"
#endif
#ifndef TRIAGE_CLI_PATH
#error "TRIAGE_CLI_PATH must name the triage CLI binary"
#endif
#ifndef TRIAGE_SOURCE_DIR
#error "TRIAGE_SOURCE_DIR must name the source tree"
#endif

extern char** environ;

namespace {

namespace v1 = triage::v1;
using namespace std::chrono_literals;

constexpr auto kStartTimeout = 30s;
constexpr auto kCallTimeout = 30s;
constexpr auto kExitTimeout = 20s;
constexpr size_t kMaxTextBytes = 65536;
constexpr int kMaxTurns = 500;

const std::string kLexiconDir = TRIAGE_SOURCE_DIR "/lexicons";
const std::string kRulesDir = TRIAGE_SOURCE_DIR "/rules";
const std::string kTriageService = "triage.v1.TriageService";

// ---------------------------------------------------------------------------
// Child processes
// ---------------------------------------------------------------------------

// Starts `args` (args[0] is the path) with the given descriptors as its
// stdin/stdout/stderr (-1: inherit ours), with default dispositions and an
// empty mask for the stop signals. Returns the pid, or -1 with `error` set.
pid_t Spawn(const std::vector<std::string>& args, int in_fd, int out_fd, int err_fd, std::string* error) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (in_fd >= 0) posix_spawn_file_actions_adddup2(&actions, in_fd, STDIN_FILENO);
  if (out_fd >= 0) posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
  if (err_fd >= 0) posix_spawn_file_actions_adddup2(&actions, err_fd, STDERR_FILENO);

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t empty;
  sigemptyset(&empty);
  posix_spawnattr_setsigmask(&attr, &empty);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGTERM);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawnattr_destroy(&attr);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    *error = "posix_spawn " + args[0] + ": " + std::strerror(rc);
    return -1;
  }
  return pid;
}

// Waits up to `timeout` for `pid` to exit; returns its wait status, or
// nothing if it is still running.
std::optional<int> WaitForExit(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    int status = 0;
    const pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) return status;
    if (r < 0 && errno != EINTR) return std::nullopt;
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(10ms);
  }
}

std::string DescribeWaitStatus(int status) {
  if (WIFEXITED(status)) return "exit code " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  return "wait status " + std::to_string(status);
}

bool ExitedZero(int status) { return WIFEXITED(status) && WEXITSTATUS(status) == 0; }

// One running `triaged`. Its stdout is a pipe to us; its stderr is ours, so
// its logs show up next to the test output.
class Server {
 public:
  Server() = default;
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      WaitForExit(pid_, 10s);
    }
    if (stdout_fd_ >= 0) close(stdout_fd_);
  }

  // Starts the server on a free port and waits for its listening line.
  // Returns "" on success, else what went wrong.
  std::string Start() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return std::string("pipe2: ") + std::strerror(errno);
    std::string error;
    pid_ = Spawn({TRIAGED_PATH, "--listen", "127.0.0.1:0", "--lexicons", kLexiconDir, "--rules", kRulesDir}, -1, fds[1],
                 -1, &error);
    close(fds[1]);
    stdout_fd_ = fds[0];
    if (pid_ < 0) return error;

    const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
    std::string buffer;
    while (buffer.find('\n') == std::string::npos) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left <= 0ms) return "triaged printed no complete line on stdout within 30 s (got '" + buffer + "')";
      pollfd p{stdout_fd_, POLLIN, 0};
      const int n = poll(&p, 1, static_cast<int>(left.count()));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return std::string("poll: ") + std::strerror(errno);
      if (n == 0) continue;
      char chunk[512];
      const ssize_t got = read(stdout_fd_, chunk, sizeof chunk);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        std::optional<int> status = WaitForExit(pid_, 5s);
        if (status) pid_ = -1;
        return "triaged closed stdout before printing its listening line (" +
               (status ? DescribeWaitStatus(*status) : std::string("still running")) + "; got '" + buffer + "')";
      }
      buffer.append(chunk, static_cast<size_t>(got));
    }
    const std::string line = buffer.substr(0, buffer.find('\n'));
    extra_stdout_ = buffer.substr(buffer.find('\n') + 1);
    const std::string prefix = "triaged listening on 127.0.0.1:";
    if (line.rfind(prefix, 0) != 0) return "unexpected first stdout line: '" + line + "'";
    const std::string port_text = line.substr(prefix.size());
    if (port_text.empty() || port_text.size() > 5 || port_text.find_first_not_of("0123456789") != std::string::npos) {
      return "no port in the listening line: '" + line + "'";
    }
    port_ = std::atoi(port_text.c_str());
    if (port_ <= 0 || port_ > 65535) return "bad port in the listening line: '" + line + "'";
    address_ = "127.0.0.1:" + port_text;
    return "";
  }

  const std::string& address() const { return address_; }
  pid_t pid() const { return pid_; }

  void SendSignal(int signal_number) const {
    if (pid_ > 0) kill(pid_, signal_number);
  }

  // Waits for the process to exit (SIGKILL after kExitTimeout). Returns its
  // wait status, or nothing if it had to be killed. Also collects whatever
  // it wrote to stdout after the listening line.
  std::optional<int> WaitExited() {
    if (pid_ <= 0) return std::nullopt;
    std::optional<int> status = WaitForExit(pid_, kExitTimeout);
    if (!status) {
      kill(pid_, SIGKILL);
      WaitForExit(pid_, 10s);
    }
    pid_ = -1;
    // The process is gone: the pipe reads to EOF without blocking (unless a
    // grandchild holds it, which triaged never makes; poll bounds it anyway).
    while (stdout_fd_ >= 0) {
      pollfd p{stdout_fd_, POLLIN, 0};
      if (poll(&p, 1, 1000) <= 0) break;
      char chunk[512];
      const ssize_t got = read(stdout_fd_, chunk, sizeof chunk);
      if (got <= 0) break;
      extra_stdout_.append(chunk, static_cast<size_t>(got));
    }
    return status;
  }

  // SIGTERM, then WaitExited().
  std::optional<int> Stop() {
    SendSignal(SIGTERM);
    return WaitExited();
  }

  // What the server wrote on stdout besides its listening line.
  const std::string& extra_stdout() const { return extra_stdout_; }

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  int port_ = 0;
  std::string address_;
  std::string extra_stdout_;
};

std::shared_ptr<grpc::Channel> Connect(const std::string& address) {
  auto channel = grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
  channel->WaitForConnected(std::chrono::system_clock::now() + 10s);
  return channel;
}

void SetDeadline(grpc::ClientContext* context, std::chrono::seconds timeout = kCallTimeout) {
  context->set_deadline(std::chrono::system_clock::now() + timeout);
}

// ---------------------------------------------------------------------------
// Hand-written protobuf wire bytes and generic calls, for what the typed
// stubs cannot send (invalid UTF-8) or that has no stubs here (health,
// reflection).
// ---------------------------------------------------------------------------

std::string Varint(uint64_t v) {
  std::string out;
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
  return out;
}

// A length-delimited field (wire type 2).
std::string LengthDelimited(int field, const std::string& bytes) {
  return Varint((static_cast<uint64_t>(field) << 3) | 2) + Varint(bytes.size()) + bytes;
}

// A varint field (wire type 0).
std::string VarintField(int field, uint64_t value) { return Varint(static_cast<uint64_t>(field) << 3) + Varint(value); }

grpc::ByteBuffer ToByteBuffer(const std::string& bytes) {
  grpc::Slice slice(bytes);
  return grpc::ByteBuffer(&slice, 1);
}

std::string FromByteBuffer(const grpc::ByteBuffer& buffer) {
  std::vector<grpc::Slice> slices;
  std::string out;
  if (!buffer.Dump(&slices).ok()) return out;
  for (const grpc::Slice& s : slices) out.append(reinterpret_cast<const char*>(s.begin()), s.size());
  return out;
}

// A unary call with raw request bytes to a full method name ("/pkg.Svc/M").
grpc::Status RawUnaryCall(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                          const std::string& request_bytes, std::string* response_bytes) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext context;
  SetDeadline(&context);
  grpc::ByteBuffer request = ToByteBuffer(request_bytes);
  grpc::ByteBuffer response;
  auto done = std::make_shared<std::promise<grpc::Status>>();
  std::future<grpc::Status> result = done->get_future();
  stub.UnaryCall(&context, method, grpc::StubOptions(), &request, &response,
                 [done](grpc::Status status) { done->set_value(std::move(status)); });
  if (result.wait_for(kCallTimeout + 10s) != std::future_status::ready) {
    context.TryCancel();
    result.wait();  // the callback runs once the cancellation lands
  }
  grpc::Status status = result.get();
  if (status.ok() && response_bytes != nullptr) *response_bytes = FromByteBuffer(response);
  return status;
}

// A bidi-streaming call with raw messages: writes every request, half-closes,
// reads every response.
grpc::Status RawBidiCall(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                         const std::vector<std::string>& requests, std::vector<std::string>* responses) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext context;
  SetDeadline(&context);  // bounds every step below: each completes by then
  grpc::CompletionQueue cq;
  std::unique_ptr<grpc::GenericClientAsyncReaderWriter> call = stub.PrepareCall(&context, method, &cq);
  // Runs one operation (started by `start` with `tag`) to completion.
  auto step = [&cq](const std::function<void(void*)>& start, int id) -> bool {
    void* want = reinterpret_cast<void*>(static_cast<intptr_t>(id));
    start(want);
    void* tag = nullptr;
    bool ok = false;
    while (cq.Next(&tag, &ok)) {
      if (tag == want) return ok;
    }
    return false;
  };
  bool ok = step([&](void* tag) { call->StartCall(tag); }, 1);
  for (size_t i = 0; ok && i < requests.size(); ++i) {
    grpc::ByteBuffer buffer = ToByteBuffer(requests[i]);
    ok = step([&](void* tag) { call->Write(buffer, tag); }, 2);
  }
  if (ok) ok = step([&](void* tag) { call->WritesDone(tag); }, 3);
  while (ok) {
    grpc::ByteBuffer buffer;
    if (!step([&](void* tag) { call->Read(&buffer, tag); }, 4)) break;
    responses->push_back(FromByteBuffer(buffer));
  }
  grpc::Status status;
  step([&](void* tag) { call->Finish(&status, tag); }, 5);
  cq.Shutdown();
  void* tag = nullptr;
  bool drained_ok = false;
  while (cq.Next(&tag, &drained_ok)) {
  }
  return status;
}

// The value of varint field `field` at the top level of a message, if any.
std::optional<uint64_t> ReadVarintField(const std::string& bytes, int field) {
  size_t i = 0;
  auto read_varint = [&](uint64_t* out) -> bool {
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && i < bytes.size(); shift += 7) {
      const uint8_t b = static_cast<uint8_t>(bytes[i++]);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        *out = v;
        return true;
      }
    }
    return false;
  };
  std::optional<uint64_t> found;
  while (i < bytes.size()) {
    uint64_t key = 0;
    if (!read_varint(&key)) return std::nullopt;
    const int wire_type = static_cast<int>(key & 7);
    uint64_t value = 0;
    if (wire_type == 0) {
      if (!read_varint(&value)) return std::nullopt;
      if (static_cast<int>(key >> 3) == field) found = value;
    } else if (wire_type == 2) {
      if (!read_varint(&value) || value > bytes.size() - i) return std::nullopt;
      i += value;
    } else if (wire_type == 1) {
      i += 8;
    } else if (wire_type == 5) {
      i += 4;
    } else {
      return std::nullopt;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// Checking results
// ---------------------------------------------------------------------------

// Strict UTF-8 -> UTF-16; nothing if `s` is not valid UTF-8.
std::optional<std::u16string> ToUtf16(const std::string& s) {
  std::u16string out;
  size_t i = 0;
  while (i < s.size()) {
    const uint8_t b0 = static_cast<uint8_t>(s[i]);
    uint32_t cp = 0;
    size_t len = 0;
    if (b0 < 0x80) {
      cp = b0;
      len = 1;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      cp = b0 & 0x1F;
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      cp = b0 & 0x0F;
      len = 3;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      cp = b0 & 0x07;
      len = 4;
    } else {
      return std::nullopt;
    }
    if (i + len > s.size()) return std::nullopt;
    for (size_t k = 1; k < len; ++k) {
      const uint8_t b = static_cast<uint8_t>(s[i + k]);
      if ((b & 0xC0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return std::nullopt;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
    i += len;
  }
  return out;
}

std::string Describe(const v1::CueHit& hit) {
  std::ostringstream out;
  out << hit.cue() << " (" << hit.entry_id() << ", " << hit.language() << ") turn " << hit.turn_index() << " utf8 ["
      << hit.utf8_begin() << "," << hit.utf8_end() << ") utf16 [" << hit.utf16_begin() << "," << hit.utf16_end()
      << ") '" << hit.matched_text() << "' " << v1::Suppression_Name(hit.suppression());
  return out.str();
}

std::string DescribeCues(const v1::TriageResult& result) {
  std::string out;
  for (const v1::CueHit& hit : result.cues()) out += "\n  " + Describe(hit);
  return out.empty() ? " (no cues)" : out;
}

// Every hit's spans must address its matched text exactly, in bytes and in
// UTF-16 code units, in the text of its turn; hits come in text order.
void ExpectExactSpans(const v1::TriageResult& result, const std::vector<std::string>& texts) {
  std::tuple<uint32_t, uint32_t> previous{0, 0};
  for (const v1::CueHit& hit : result.cues()) {
    SCOPED_TRACE(Describe(hit));
    EXPECT_FALSE(hit.cue().empty());
    EXPECT_FALSE(hit.entry_id().empty());
    EXPECT_FALSE(hit.language().empty());
    EXPECT_GT(hit.confidence(), 0.0f);
    EXPECT_LE(hit.confidence(), 1.0f);
    ASSERT_LT(hit.turn_index(), texts.size());
    const std::string& text = texts[hit.turn_index()];
    ASSERT_LT(hit.utf8_begin(), hit.utf8_end());
    ASSERT_LE(hit.utf8_end(), text.size());
    EXPECT_EQ(hit.matched_text(), text.substr(hit.utf8_begin(), hit.utf8_end() - hit.utf8_begin()));

    const std::optional<std::u16string> text16 = ToUtf16(text);
    const std::optional<std::u16string> matched16 = ToUtf16(hit.matched_text());
    ASSERT_TRUE(text16.has_value());
    ASSERT_TRUE(matched16.has_value()) << "matched_text is not valid UTF-8";
    ASSERT_LT(hit.utf16_begin(), hit.utf16_end());
    ASSERT_LE(hit.utf16_end(), text16->size());
    EXPECT_TRUE(*matched16 == text16->substr(hit.utf16_begin(), hit.utf16_end() - hit.utf16_begin()))
        << "the UTF-16 span does not cover matched_text";
    // The two spans cover the same characters: the UTF-16 offset of the
    // UTF-8 begin is utf16_begin.
    const std::optional<std::u16string> prefix16 = ToUtf16(text.substr(0, hit.utf8_begin()));
    ASSERT_TRUE(prefix16.has_value()) << "utf8_begin splits a character";
    EXPECT_EQ(prefix16->size(), hit.utf16_begin());

    const std::tuple<uint32_t, uint32_t> here{hit.turn_index(), hit.utf8_begin()};
    EXPECT_LE(previous, here) << "cues are not in text order";
    previous = here;
  }
}

std::vector<v1::CueHit> HitsOf(const v1::TriageResult& result, const std::string& cue, bool live_only) {
  std::vector<v1::CueHit> out;
  for (const v1::CueHit& hit : result.cues()) {
    if (hit.cue() != cue) continue;
    if (live_only && hit.suppression() != v1::SUPPRESSION_UNSPECIFIED) continue;
    out.push_back(hit);
  }
  return out;
}

std::vector<v1::CueHit> LiveCancels(const v1::TriageResult& result) {
  return HitsOf(result, "churn.cancel", /*live_only=*/true);
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct CancelCase {
  const char* language;
  const char* text;
  const char* negated;
  const char* verb;     // the matched span must contain it
  const char* subject;  // the word before the intent words: never in the span
};

const CancelCase kCancelCases[] = {
    {"en", "I'm going to cancel my subscription.", "I'm not going to cancel my subscription.", "cancel", "I'm"},
    {"id", "Saya mau membatalkan langganan saya.", "Saya tidak mau membatalkan langganan saya.", "membatalkan", "Saya"},
    {"ms", "Saya nak batalkan langganan saya.", "Saya tak nak batalkan langganan saya.", "batalkan", "Saya"},
    {"he", "אני הולך לבטל את המנוי שלי.", "אני לא הולך לבטל את המנוי שלי.", "לבטל", "אני"},
};

// A text of exactly `bytes` bytes of plain ASCII sentences.
std::string TextOfSize(size_t bytes) {
  const std::string sentence = "My order is late again and nobody answers my emails. ";
  std::string text;
  while (text.size() < bytes) text += sentence;
  text.resize(bytes);
  text.back() = '.';
  return text;
}

v1::Turn MakeTurn(v1::Role role, const std::string& text) {
  v1::Turn turn;
  turn.set_role(role);
  turn.set_text(text);
  return turn;
}

// ---------------------------------------------------------------------------
// The shared server
// ---------------------------------------------------------------------------

class TriageServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = std::make_unique<Server>();
    start_error_ = server_->Start();
    if (!start_error_.empty()) return;
    channel_ = Connect(server_->address());
    stub_ = v1::TriageService::NewStub(channel_);
  }

  static void TearDownTestSuite() {
    stub_.reset();
    channel_.reset();
    if (server_ == nullptr) return;
    if (start_error_.empty()) {
      const std::optional<int> status = server_->Stop();
      ASSERT_TRUE(status.has_value()) << "triaged did not exit within 20 s of SIGTERM";
      EXPECT_TRUE(ExitedZero(*status)) << "triaged after SIGTERM: " << DescribeWaitStatus(*status);
      EXPECT_EQ(server_->extra_stdout(), "") << "stdout must hold only the listening line";
    }
    server_.reset();
  }

  void SetUp() override { ASSERT_TRUE(start_error_.empty()) << "could not start triaged: " << start_error_; }

  static grpc::Status Ticket(const v1::TriageTicketRequest& request, v1::TriageResult* result) {
    grpc::ClientContext context;
    SetDeadline(&context);
    return stub_->TriageTicket(&context, request, result);
  }

  static grpc::Status Ticket(const std::string& text, v1::TriageResult* result) {
    v1::TriageTicketRequest request;
    request.set_text(text);
    return Ticket(request, result);
  }

  static grpc::Status Conversation(const v1::TriageConversationRequest& request, v1::TriageResult* result) {
    grpc::ClientContext context;
    SetDeadline(&context);
    return stub_->TriageConversation(&context, request, result);
  }

  // Expects INVALID_ARGUMENT whose message starts with `field`.
  static void ExpectInvalidArgument(const grpc::Status& status, const std::string& field) {
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
        << "code " << status.error_code() << ": " << status.error_message();
    EXPECT_TRUE(StartsWith(status.error_message(), field))
        << "message should name " << field << ": '" << status.error_message() << "'";
  }

  // A good ticket still gets a good answer.
  static void ExpectStillServing() {
    v1::TriageResult result;
    const grpc::Status status = Ticket(kCancelCases[0].text, &result);
    ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
    EXPECT_FALSE(LiveCancels(result).empty()) << DescribeCues(result);
  }

  static inline std::unique_ptr<Server> server_;
  static inline std::string start_error_;
  static inline std::shared_ptr<grpc::Channel> channel_;
  static inline std::unique_ptr<v1::TriageService::Stub> stub_;
};

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

TEST_F(TriageServerTest, TicketInEachLanguageYieldsLiveCancelWithExactSpans) {
  std::string data_version;
  for (const CancelCase& c : kCancelCases) {
    SCOPED_TRACE(std::string(c.language) + ": " + c.text);
    const std::string text = c.text;
    v1::TriageTicketRequest request;
    request.set_text(text);
    request.mutable_metadata()->set_ticket_id(std::string("ticket-") + c.language);
    request.mutable_metadata()->mutable_sent_at()->set_seconds(1714557600);  // 2024-05-01T10:00:00Z
    v1::TriageResult result;
    const grpc::Status status = Ticket(request, &result);
    ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();

    EXPECT_EQ(result.ticket_id(), std::string("ticket-") + c.language);
    EXPECT_EQ(result.language(), c.language);
    EXPECT_GE(result.priority(), v1::PRIORITY_P1);
    EXPECT_LE(result.priority(), v1::PRIORITY_P4);
    ASSERT_TRUE(result.has_first_reply_due());
    EXPECT_GT(result.first_reply_due().seconds(), 1714557600) << "due after sent_at";
    EXPECT_LE(result.first_reply_due().seconds(), 1714557600 + 24 * 3600) << "due within a day";
    EXPECT_NE(result.customer_state(), v1::CUSTOMER_STATE_UNSPECIFIED);
    EXPECT_FALSE(result.route().empty());
    EXPECT_FALSE(result.reply().text().empty());
    EXPECT_EQ(result.reply().language(), c.language);
    EXPECT_EQ(result.reply().direction(),
              std::string(c.language) == "he" ? v1::TEXT_DIRECTION_RTL : v1::TEXT_DIRECTION_LTR);
    EXPECT_FALSE(result.data_version().empty());
    if (data_version.empty()) data_version = result.data_version();
    EXPECT_EQ(result.data_version(), data_version) << "one server, one data version";

    ExpectExactSpans(result, {text});
    const std::vector<v1::CueHit> live = LiveCancels(result);
    ASSERT_FALSE(live.empty()) << "no live churn.cancel:" << DescribeCues(result);
    for (const v1::CueHit& hit : live) {
      SCOPED_TRACE(Describe(hit));
      EXPECT_EQ(hit.turn_index(), 0u);
      EXPECT_FALSE(hit.conditional());
      EXPECT_TRUE(Contains(hit.matched_text(), c.verb)) << "the span should hold the verb " << c.verb;
      // Tight: from the intent words on, not the subject before them, not
      // the sentence's final period, no surrounding spaces.
      EXPECT_GE(hit.utf8_begin(), std::strlen(c.subject)) << "the span includes " << c.subject;
      EXPECT_FALSE(Contains(hit.matched_text(), c.subject)) << "the span includes " << c.subject;
      EXPECT_FALSE(Contains(hit.matched_text(), ".")) << "the span includes the period";
      EXPECT_LT(hit.utf8_end(), text.size()) << "the span includes the period";
      ASSERT_FALSE(hit.matched_text().empty());
      EXPECT_NE(hit.matched_text().front(), ' ');
      EXPECT_NE(hit.matched_text().back(), ' ');
    }
  }
}

TEST_F(TriageServerTest, NegatedCancelIsNotLive) {
  for (const CancelCase& c : kCancelCases) {
    SCOPED_TRACE(std::string(c.language) + ": " + c.negated);
    const std::string text = c.negated;
    v1::TriageResult result;
    const grpc::Status status = Ticket(text, &result);
    ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
    EXPECT_EQ(result.language(), c.language);
    ExpectExactSpans(result, {text});
    EXPECT_TRUE(LiveCancels(result).empty()) << "a negated cancel counted as live:" << DescribeCues(result);
    // The match is still reported, marked as negated, with its trigger.
    bool negated = false;
    for (const v1::CueHit& hit : HitsOf(result, "churn.cancel", /*live_only=*/false)) {
      if (hit.suppression() != v1::SUPPRESSION_NEGATED) continue;
      negated = true;
      EXPECT_FALSE(hit.scope_trigger().empty()) << Describe(hit);
      EXPECT_TRUE(Contains(hit.matched_text(), c.verb)) << Describe(hit);
    }
    EXPECT_TRUE(negated) << "expected a churn.cancel hit marked SUPPRESSION_NEGATED:" << DescribeCues(result);
  }
}

TEST_F(TriageServerTest, AgentTurnsYieldNoCustomerCues) {
  v1::TriageConversationRequest request;
  *request.add_turns() = MakeTurn(v1::ROLE_AGENT, "I'm going to cancel your order");
  *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, "thanks");
  v1::TriageResult result;
  const grpc::Status status = Conversation(request, &result);
  ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
  ExpectExactSpans(result, {request.turns(0).text(), request.turns(1).text()});
  for (const v1::CueHit& hit : result.cues()) {
    EXPECT_NE(hit.turn_index(), 0u) << "a cue from the agent's turn: " << Describe(hit);
  }
  EXPECT_TRUE(LiveCancels(result).empty()) << DescribeCues(result);
}

TEST_F(TriageServerTest, CoachDraftFlagsAnAccountNumberOpenerWithSpanAndSuggestion) {
  v1::CoachDraftRequest request;
  request.set_draft("What is your account number?");
  request.mutable_ticket()->set_text("My parcel never arrived and I'm furious.");
  v1::CoachDraftResponse response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  const grpc::Status status = stub_->CoachDraft(&context, request, &response);
  ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
  EXPECT_EQ(response.language(), "en");
  bool asks_id = false, no_apology = false;
  for (const v1::CoachFinding& f : response.findings()) {
    EXPECT_EQ(f.matched_text(), request.draft().substr(f.utf8_begin(), f.utf8_end() - f.utf8_begin()));
    EXPECT_FALSE(f.suggestion().empty());
    asks_id |= f.anti_pattern() == v1::ANTI_PATTERN_ASKS_ID_FIRST;
    no_apology |= f.anti_pattern() == v1::ANTI_PATTERN_NO_APOLOGY;
  }
  EXPECT_TRUE(asks_id);
  EXPECT_TRUE(no_apology);
}

TEST_F(TriageServerTest, CoachDraftWithBadContextNamesTheNestedField) {
  v1::CoachDraftRequest request;
  request.set_draft("Sorry about that!");
  request.mutable_ticket()->set_text("");
  v1::CoachDraftResponse response;
  grpc::ClientContext context;
  const grpc::Status status = stub_->CoachDraft(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("ticket.text", 0), 0u) << status.error_message();
}

TEST_F(TriageServerTest, ConversationAuditsAgentTurns) {
  v1::TriageConversationRequest request;
  *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, "I've been a customer for six years and my bill is wrong again.");
  *request.add_turns() = MakeTurn(v1::ROLE_AGENT, "What is your account number?");
  *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, "It's 12345. Fix it.");
  *request.add_turns() = MakeTurn(v1::ROLE_AGENT, "We can't change it. We can't refund it either.");
  v1::TriageResult result;
  const grpc::Status status = Conversation(request, &result);
  ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
  std::set<v1::AntiPattern> found;
  for (const v1::CoachFinding& f : result.agent_findings()) {
    ASSERT_TRUE(f.turn_index() == 1 || f.turn_index() == 3) << "a finding on a customer turn";
    const std::string& text = request.turns(static_cast<int>(f.turn_index())).text();
    EXPECT_EQ(f.matched_text(), text.substr(f.utf8_begin(), f.utf8_end() - f.utf8_begin()));
    found.insert(f.anti_pattern());
  }
  EXPECT_TRUE(found.count(v1::ANTI_PATTERN_ASKS_ID_FIRST));
  EXPECT_TRUE(found.count(v1::ANTI_PATTERN_FLAT_NO));
  EXPECT_TRUE(found.count(v1::ANTI_PATTERN_REPEATED_NO));
  EXPECT_TRUE(found.count(v1::ANTI_PATTERN_IGNORES_LOYALTY));
}

TEST_F(TriageServerTest, ConversationSpansPointIntoTheirOwnTurn) {
  v1::TriageConversationRequest request;
  *request.add_turns() = MakeTurn(v1::ROLE_AGENT, "Hi, how can I help you today?");
  *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, "Hello.");
  *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, kCancelCases[3].text);
  v1::TriageResult result;
  const grpc::Status status = Conversation(request, &result);
  ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
  ExpectExactSpans(result, {request.turns(0).text(), request.turns(1).text(), request.turns(2).text()});
  const std::vector<v1::CueHit> live = LiveCancels(result);
  ASSERT_FALSE(live.empty()) << DescribeCues(result);
  for (const v1::CueHit& hit : live) {
    EXPECT_EQ(hit.turn_index(), 2u) << Describe(hit);
    EXPECT_TRUE(Contains(hit.matched_text(), kCancelCases[3].verb)) << Describe(hit);
  }
  EXPECT_FALSE(result.reply().text().empty());
}

// ---------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------

TEST_F(TriageServerTest, EmptyTextIsInvalidArgumentNamingField) {
  v1::TriageResult result;
  ExpectInvalidArgument(Ticket("", &result), "text");
}

TEST_F(TriageServerTest, OverlongTextIsInvalidArgument) {
  v1::TriageResult result;
  ExpectInvalidArgument(Ticket(TextOfSize(kMaxTextBytes + 1), &result), "text");
  // The limit itself is allowed.
  const grpc::Status at_limit = Ticket(TextOfSize(kMaxTextBytes), &result);
  EXPECT_TRUE(at_limit.ok()) << "65,536 bytes must be accepted: " << at_limit.error_code() << ": "
                             << at_limit.error_message();
}

TEST_F(TriageServerTest, TooManyTurnsIsInvalidArgument) {
  v1::TriageConversationRequest request;
  for (int i = 0; i <= kMaxTurns; ++i) {
    *request.add_turns() = MakeTurn(i % 2 == 0 ? v1::ROLE_CUSTOMER : v1::ROLE_AGENT, "Where is my parcel?");
  }
  v1::TriageResult result;
  ExpectInvalidArgument(Conversation(request, &result), "turns");
  // The limit itself is allowed.
  request.mutable_turns()->RemoveLast();
  ASSERT_EQ(request.turns_size(), kMaxTurns);
  const grpc::Status at_limit = Conversation(request, &result);
  EXPECT_TRUE(at_limit.ok()) << "500 turns must be accepted: " << at_limit.error_code() << ": "
                             << at_limit.error_message();
}

TEST_F(TriageServerTest, ConversationWithoutCustomerTurnIsInvalidArgument) {
  v1::TriageConversationRequest request;
  *request.add_turns() = MakeTurn(v1::ROLE_AGENT, "Hello, how can I help?");
  v1::TriageResult result;
  ExpectInvalidArgument(Conversation(request, &result), "turns");
  ExpectInvalidArgument(Conversation(v1::TriageConversationRequest(), &result), "turns");
}

TEST_F(TriageServerTest, UnknownChannelIsInvalidArgument) {
  v1::TriageTicketRequest request;
  request.set_text("Hello, my parcel is late.");
  request.mutable_metadata()->set_channel(static_cast<v1::Channel>(99));
  v1::TriageResult result;
  ExpectInvalidArgument(Ticket(request, &result), "metadata.channel");
}

TEST_F(TriageServerTest, UnknownRoleIsInvalidArgument) {
  v1::TriageConversationRequest request;
  *request.add_turns() = MakeTurn(static_cast<v1::Role>(77), "Hello, my parcel is late.");
  *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, "Hello?");
  v1::TriageResult result;
  ExpectInvalidArgument(Conversation(request, &result), "turns[0].role");
}

TEST_F(TriageServerTest, EmptyTurnTextIsInvalidArgumentNamingTurn) {
  v1::TriageConversationRequest request;
  *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, "Hello, my parcel is late.");
  *request.add_turns() = MakeTurn(v1::ROLE_AGENT, "Sorry to hear that.");
  *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, "");
  v1::TriageResult result;
  ExpectInvalidArgument(Conversation(request, &result), "turns[2].text");
}

TEST_F(TriageServerTest, InvalidUtf8IsInvalidArgument) {
  // TriageTicketRequest{text: "ok \xff\xfe bad"}: the typed stub would refuse
  // to serialize this, so the bytes are written by hand.
  const std::string ticket = LengthDelimited(1, "ok \xff\xfe bad");
  grpc::Status status = RawUnaryCall(channel_, "/triage.v1.TriageService/TriageTicket", ticket, nullptr);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
      << status.error_code() << ": " << status.error_message();
  EXPECT_TRUE(Contains(status.error_message(), "text")) << status.error_message();
  EXPECT_TRUE(Contains(status.error_message(), "UTF-8")) << status.error_message();

  // TriageConversationRequest{turns: [{role: CUSTOMER, text: "\xc3("}]}.
  const std::string conversation = LengthDelimited(1, VarintField(1, 1) + LengthDelimited(2, "\xc3("));
  status = RawUnaryCall(channel_, "/triage.v1.TriageService/TriageConversation", conversation, nullptr);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
      << status.error_code() << ": " << status.error_message();
  EXPECT_TRUE(Contains(status.error_message(), "turns[0].text")) << status.error_message();
  EXPECT_TRUE(Contains(status.error_message(), "UTF-8")) << status.error_message();

  // The same bytes made valid are accepted through the same raw path.
  std::string response;
  status = RawUnaryCall(channel_, "/triage.v1.TriageService/TriageTicket", LengthDelimited(1, kCancelCases[0].text),
                        &response);
  ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
  v1::TriageResult result;
  ASSERT_TRUE(result.ParseFromString(response));
  EXPECT_FALSE(LiveCancels(result).empty()) << DescribeCues(result);
}

TEST_F(TriageServerTest, ServerKeepsServingAfterBadInput) {
  const std::vector<std::pair<std::string, std::function<grpc::Status()>>> bad_calls = {
      {"empty text",
       [] {
         v1::TriageResult r;
         return Ticket("", &r);
       }},
      {"overlong text",
       [] {
         v1::TriageResult r;
         return Ticket(TextOfSize(kMaxTextBytes + 1), &r);
       }},
      {"unknown channel",
       [] {
         v1::TriageTicketRequest q;
         q.set_text("hello");
         q.mutable_metadata()->set_channel(static_cast<v1::Channel>(99));
         v1::TriageResult r;
         return Ticket(q, &r);
       }},
      {"too many turns",
       [] {
         v1::TriageConversationRequest q;
         for (int i = 0; i <= kMaxTurns; ++i) *q.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, "hi");
         v1::TriageResult r;
         return Conversation(q, &r);
       }},
      {"no customer turn",
       [] {
         v1::TriageConversationRequest q;
         *q.add_turns() = MakeTurn(v1::ROLE_AGENT, "hi");
         v1::TriageResult r;
         return Conversation(q, &r);
       }},
      {"unknown role",
       [] {
         v1::TriageConversationRequest q;
         *q.add_turns() = MakeTurn(static_cast<v1::Role>(77), "hi");
         v1::TriageResult r;
         return Conversation(q, &r);
       }},
      {"invalid UTF-8",
       [] {
         return RawUnaryCall(channel_, "/triage.v1.TriageService/TriageTicket", LengthDelimited(1, "\xff\xfe bad"),
                             nullptr);
       }},
      {"bytes that are not a protobuf message",
       [] {
         return RawUnaryCall(channel_, "/triage.v1.TriageService/TriageTicket", std::string("\xff\xff\xff\xff", 4),
                             nullptr);
       }},
  };
  for (const auto& [name, call] : bad_calls) {
    SCOPED_TRACE(name);
    const grpc::Status status = call();
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.error_code(), grpc::StatusCode::UNAVAILABLE) << status.error_message();
    EXPECT_NE(status.error_code(), grpc::StatusCode::INTERNAL) << status.error_message();
    ExpectStillServing();
  }
}

// ---------------------------------------------------------------------------
// Converse
// ---------------------------------------------------------------------------

TEST_F(TriageServerTest, ConverseAnswersEachCustomerTurn) {
  grpc::ClientContext context;
  SetDeadline(&context);
  auto stream = stub_->Converse(&context);
  std::vector<std::string> texts;

  v1::ConverseRequest first;
  first.mutable_metadata()->set_ticket_id("chat-7");
  first.mutable_metadata()->set_channel(v1::CHANNEL_CHAT);
  *first.mutable_turn() = MakeTurn(v1::ROLE_CUSTOMER, kCancelCases[0].text);
  texts.push_back(first.turn().text());
  ASSERT_TRUE(stream->Write(first));

  v1::ConverseResponse response;
  ASSERT_TRUE(stream->Read(&response)) << "no answer to the first customer turn";
  EXPECT_EQ(response.turn_index(), 0u);
  EXPECT_EQ(response.result().ticket_id(), "chat-7");
  ExpectExactSpans(response.result(), texts);
  EXPECT_FALSE(LiveCancels(response.result()).empty()) << DescribeCues(response.result());
  EXPECT_FALSE(response.result().reply().text().empty());

  // An agent turn is taken in but not answered: the next answer is for turn 2.
  v1::ConverseRequest agent;
  *agent.mutable_turn() = MakeTurn(v1::ROLE_AGENT, "I'm going to cancel your order now, is that right?");
  texts.push_back(agent.turn().text());
  ASSERT_TRUE(stream->Write(agent));

  v1::ConverseRequest second;
  *second.mutable_turn() = MakeTurn(v1::ROLE_CUSTOMER, "It keeps disconnecting every evening.");
  texts.push_back(second.turn().text());
  ASSERT_TRUE(stream->Write(second));

  ASSERT_TRUE(stream->Read(&response)) << "no answer to the second customer turn";
  EXPECT_EQ(response.turn_index(), 2u);
  EXPECT_EQ(response.result().ticket_id(), "chat-7") << "metadata from the first message holds for the stream";
  ExpectExactSpans(response.result(), texts);
  for (const v1::CueHit& hit : response.result().cues()) {
    EXPECT_NE(hit.turn_index(), 1u) << "a cue from the agent's turn: " << Describe(hit);
  }

  ASSERT_TRUE(stream->WritesDone());
  EXPECT_FALSE(stream->Read(&response)) << "unexpected extra answer for turn " << response.turn_index();
  const grpc::Status status = stream->Finish();
  EXPECT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
}

TEST_F(TriageServerTest, ConverseBadTurnEndsStreamWithInvalidArgument) {
  grpc::ClientContext context;
  SetDeadline(&context);
  auto stream = stub_->Converse(&context);

  v1::ConverseRequest good;
  *good.mutable_turn() = MakeTurn(v1::ROLE_CUSTOMER, "Hello, my parcel is late.");
  ASSERT_TRUE(stream->Write(good));
  v1::ConverseResponse response;
  ASSERT_TRUE(stream->Read(&response));
  EXPECT_EQ(response.turn_index(), 0u);

  v1::ConverseRequest bad;
  *bad.mutable_turn() = MakeTurn(v1::ROLE_CUSTOMER, "");
  stream->Write(bad);  // may fail if the server has already ended the call
  EXPECT_FALSE(stream->Read(&response)) << "an answer to an empty turn";
  stream->WritesDone();
  const grpc::Status status = stream->Finish();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT)
      << status.error_code() << ": " << status.error_message();
  EXPECT_TRUE(Contains(status.error_message(), "text")) << status.error_message();

  ExpectStillServing();
}

// ---------------------------------------------------------------------------
// Health and reflection
// ---------------------------------------------------------------------------

TEST_F(TriageServerTest, ConverseTurnWithInvalidUtf8IsInvalidArgumentNamingTheField) {
  // ConverseRequest{turn: Turn{role: CUSTOMER, text: <invalid UTF-8>}}, built by hand.
  const std::string turn = VarintField(1, 1) + LengthDelimited(2, "ok \xff\xfe");
  std::vector<std::string> responses;
  const grpc::Status status =
      RawBidiCall(channel_, "/triage.v1.TriageService/Converse", {LengthDelimited(2, turn)}, &responses);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << status.error_message();
  EXPECT_TRUE(Contains(status.error_message(), "turn.text")) << status.error_message();
  EXPECT_TRUE(Contains(status.error_message(), "UTF-8")) << status.error_message();
  EXPECT_TRUE(responses.empty());
}

TEST_F(TriageServerTest, HealthCheckServing) {
  for (const std::string& service : {std::string(), kTriageService}) {
    SCOPED_TRACE("service '" + service + "'");
    // HealthCheckRequest{service}; an empty string is the empty message.
    const std::string request = service.empty() ? std::string() : LengthDelimited(1, service);
    std::string response;
    const grpc::Status status = RawUnaryCall(channel_, "/grpc.health.v1.Health/Check", request, &response);
    ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
    // HealthCheckResponse{status = 1}: SERVING.
    EXPECT_EQ(ReadVarintField(response, 1), std::optional<uint64_t>(1));
  }
  // A service the server does not have is NOT_FOUND, per the health protocol.
  const grpc::Status unknown =
      RawUnaryCall(channel_, "/grpc.health.v1.Health/Check", LengthDelimited(1, "no.such.Service"), nullptr);
  EXPECT_EQ(unknown.error_code(), grpc::StatusCode::NOT_FOUND) << unknown.error_message();
}

TEST_F(TriageServerTest, ReflectionListsTriageService) {
  // ServerReflectionRequest{list_services: ""} (field 7), then
  // ServerReflectionRequest{file_containing_symbol: "triage.v1.TriageService"} (field 4).
  const std::vector<std::string> requests = {LengthDelimited(7, ""), LengthDelimited(4, kTriageService)};
  std::vector<std::string> responses;
  const grpc::Status status =
      RawBidiCall(channel_, "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", requests, &responses);
  ASSERT_TRUE(status.ok()) << status.error_code() << ": " << status.error_message();
  ASSERT_EQ(responses.size(), 2u);
  // The service names and the file name appear verbatim in the responses'
  // bytes (ListServiceResponse names; the serialized FileDescriptorProto).
  EXPECT_TRUE(Contains(responses[0], kTriageService)) << "list_services does not name " << kTriageService;
  EXPECT_TRUE(Contains(responses[0], "grpc.health.v1.Health")) << "list_services does not name the health service";
  EXPECT_TRUE(Contains(responses[1], "triage/v1/triage.proto"))
      << "file_containing_symbol does not return triage/v1/triage.proto";
  EXPECT_TRUE(Contains(responses[1], "TriageTicketRequest"));
}

// ---------------------------------------------------------------------------
// The CLI
// ---------------------------------------------------------------------------

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

TEST(TriageCliTest, JsonLinesInResultsOutBadLineReportedExitsOne) {
  char dir_template[] = "/tmp/triage_cli_test_XXXXXX";
  const char* dir = mkdtemp(dir_template);
  ASSERT_NE(dir, nullptr) << std::strerror(errno);
  const std::string in_path = std::string(dir) + "/in.jsonl";
  const std::string out_path = std::string(dir) + "/out.jsonl";
  const std::string err_path = std::string(dir) + "/err.txt";
  {
    std::ofstream in(in_path, std::ios::binary);
    in << "{\"text\": \"I'm going to cancel\"}\n"
       << "{\"text\": 5\n"
       << "{\"turns\": [{\"role\": \"customer\", \"text\": \"Saya mau membatalkan langganan\"}]}\n"
       << "{\"text\": \"x\", \"metadata\": {\"channel\": \"email\"}}\n";
  }
  const int in_fd = open(in_path.c_str(), O_RDONLY | O_CLOEXEC);
  const int out_fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  const int err_fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  ASSERT_GE(in_fd, 0);
  ASSERT_GE(out_fd, 0);
  ASSERT_GE(err_fd, 0);
  std::string error;
  const pid_t pid =
      Spawn({TRIAGE_CLI_PATH, "--lexicons", kLexiconDir, "--rules", kRulesDir}, in_fd, out_fd, err_fd, &error);
  close(in_fd);
  close(out_fd);
  close(err_fd);
  ASSERT_GT(pid, 0) << error;
  std::optional<int> status = WaitForExit(pid, 30s);
  if (!status) {
    kill(pid, SIGKILL);
    WaitForExit(pid, 10s);
  }
  const std::string out = ReadFile(out_path);
  const std::string err = ReadFile(err_path);
  unlink(in_path.c_str());
  unlink(out_path.c_str());
  unlink(err_path.c_str());
  rmdir(dir);

  ASSERT_TRUE(status.has_value()) << "the CLI did not finish within 30 s";
  EXPECT_TRUE(WIFEXITED(*status) && WEXITSTATUS(*status) == 1)
      << "want exit code 1 (a line failed), got " << DescribeWaitStatus(*status) << "\nstderr: " << err;

  const std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 3u) << "one result per good line; stdout:\n" << out << "\nstderr: " << err;
  for (const std::string& line : lines) {
    EXPECT_EQ(line.front(), '{') << line;
    EXPECT_EQ(line.back(), '}') << line;
  }
  EXPECT_TRUE(Contains(lines[0], "churn.cancel")) << lines[0];
  EXPECT_TRUE(Contains(lines[1], "churn.cancel")) << lines[1];
  EXPECT_TRUE(Contains(lines[1], "\"id\"")) << "the second result should be in Indonesian: " << lines[1];

  EXPECT_TRUE(Contains(err, "line 2")) << "stderr should name the bad line: " << err;
  EXPECT_FALSE(Contains(err, "line 1:")) << err;
  EXPECT_FALSE(Contains(err, "line 3:")) << err;
  EXPECT_FALSE(Contains(err, "line 4:")) << err;
}

// ---------------------------------------------------------------------------
// Shutdown (defined last, so it runs last; it has its own server)
// ---------------------------------------------------------------------------

// A conversation of `turns` customer turns of ~7 KB of cue-free text: a few
// MB, under the 4 MB message limit, that the engine needs a while for.
v1::TriageConversationRequest HeavyConversation(int turns) {
  const std::string sentence = "Please see the notes below about the blue table and the small chairs in room four. ";
  std::string text;
  while (text.size() < 7000) text += sentence;
  v1::TriageConversationRequest request;
  for (int i = 0; i < turns; ++i) *request.add_turns() = MakeTurn(v1::ROLE_CUSTOMER, text);
  return request;
}

TEST(ServerShutdownTest, SigtermLetsInFlightCallsFinishThenExitsZero) {
  Server server;
  const std::string start_error = server.Start();
  ASSERT_TRUE(start_error.empty()) << "could not start triaged: " << start_error;
  std::shared_ptr<grpc::Channel> channel = Connect(server.address());
  std::unique_ptr<v1::TriageService::Stub> stub = v1::TriageService::NewStub(channel);

  auto heavy_call = [&stub](const v1::TriageConversationRequest& request, std::chrono::milliseconds* took) {
    v1::TriageResult result;
    grpc::ClientContext context;
    SetDeadline(&context, 60s);
    const auto start = std::chrono::steady_clock::now();
    grpc::Status status = stub->TriageConversation(&context, request, &result);
    *took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    return status;
  };

  // Calibrate: how long does the heavy call take here, warm? Keep it well
  // inside the server's shutdown grace (10 s).
  int turns = kMaxTurns;
  v1::TriageConversationRequest heavy = HeavyConversation(turns);
  std::chrono::milliseconds took{0};
  auto calibrate = [&]() -> ::testing::AssertionResult {
    std::chrono::milliseconds fastest = std::chrono::milliseconds::max();
    for (int i = 0; i < 3; ++i) {
      const grpc::Status status = heavy_call(heavy, &took);
      if (!status.ok()) {
        return ::testing::AssertionFailure() << "heavy call: " << status.error_code() << ": " << status.error_message();
      }
      fastest = std::min(fastest, took);
    }
    took = fastest;
    return ::testing::AssertionSuccess();
  };
  ASSERT_TRUE(calibrate());
  if (took > 4s) {
    turns = std::max(10, static_cast<int>(kMaxTurns * 2000 / took.count()));
    heavy = HeavyConversation(turns);
    ASSERT_TRUE(calibrate());
  }

  // An open chat: in flight for certain when the signal comes.
  grpc::ClientContext stream_context;
  SetDeadline(&stream_context);
  auto stream = stub->Converse(&stream_context);
  v1::ConverseRequest turn;
  *turn.mutable_turn() = MakeTurn(v1::ROLE_CUSTOMER, kCancelCases[0].text);
  ASSERT_TRUE(stream->Write(turn));
  v1::ConverseResponse response;
  ASSERT_TRUE(stream->Read(&response));
  EXPECT_EQ(response.turn_index(), 0u);

  // A unary call that is being worked on when the signal comes: the signal
  // is sent halfway through the time the same call took just before (the
  // request's few MB reach the server in a few milliseconds of that).
  std::promise<grpc::Status> in_flight_status;
  std::chrono::steady_clock::time_point in_flight_end;
  std::thread in_flight([&] {
    std::chrono::milliseconds in_flight_took{0};
    in_flight_status.set_value(heavy_call(heavy, &in_flight_took));
    in_flight_end = std::chrono::steady_clock::now();
  });
  std::this_thread::sleep_for(std::max(std::chrono::milliseconds(10), took / 2));
  server.SendSignal(SIGTERM);
  const auto signalled = std::chrono::steady_clock::now();
  std::this_thread::sleep_for(300ms);  // let the server begin its shutdown

  // The open chat still gets its answers and ends normally.
  turn.mutable_turn()->set_text("Also, the app keeps crashing.");
  EXPECT_TRUE(stream->Write(turn)) << "the in-flight stream was cut at SIGTERM";
  EXPECT_TRUE(stream->Read(&response)) << "the in-flight stream was cut at SIGTERM";
  EXPECT_EQ(response.turn_index(), 1u);
  stream->WritesDone();
  const grpc::Status stream_status = stream->Finish();
  EXPECT_TRUE(stream_status.ok()) << "in-flight stream: " << stream_status.error_code() << ": "
                                  << stream_status.error_message();

  in_flight.join();  // bounded by the call's 60 s deadline
  const grpc::Status unary_status = in_flight_status.get_future().get();
  EXPECT_TRUE(unary_status.ok()) << "in-flight unary call (" << turns << " turns): " << unary_status.error_code()
                                 << ": " << unary_status.error_message();
  if (in_flight_end < signalled) {
    std::cerr << "note: the unary call (" << took.count() << " ms when calibrated) finished before SIGTERM; "
              << "only the stream was in flight\n";
  } else {
    std::cerr << "note: the unary call (" << took.count() << " ms when calibrated) was in flight at SIGTERM\n";
  }

  stub.reset();
  channel.reset();
  const std::optional<int> exit_status = server.WaitExited();
  ASSERT_TRUE(exit_status.has_value()) << "triaged did not exit within 20 s of SIGTERM";
  EXPECT_TRUE(ExitedZero(*exit_status)) << "triaged after SIGTERM: " << DescribeWaitStatus(*exit_status);
  EXPECT_EQ(server.extra_stdout(), "") << "stdout must hold only the listening line";
}

}  // namespace
