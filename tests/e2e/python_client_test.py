#!/usr/bin/python3
"""A third-party client: Debian's python3-grpcio against the real triaged.

    python_client_test.py --triaged PATH --stubs DIR --data SOURCE_DIR

DIR holds triage/v1/triage_pb2.py and triage_pb2_grpc.py (protoc's python
plugins); SOURCE_DIR holds the bundled lexicons/ and rules/. Starts triaged on
a free port, runs the checks below, stops it with SIGTERM and expects exit
code 0. Prints "N passed, M failed" as its last line; exits 1 if any failed.
Every wait is bounded.
"""

import argparse
import os
import select
import signal
import subprocess
import sys
import time
import traceback

START_TIMEOUT_S = 30
CALL_TIMEOUT_S = 30
EXIT_TIMEOUT_S = 20
LISTEN_PREFIX = b"triaged listening on 127.0.0.1:"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triaged", required=True, help="the triaged binary")
    parser.add_argument("--stubs", required=True, help="directory with triage/v1/triage_pb2*.py")
    parser.add_argument("--data", required=True, help="source tree with lexicons/ and rules/")
    return parser.parse_args()


ARGS = parse_args()
sys.path.insert(0, ARGS.stubs)

import grpc  # noqa: E402  (after the path is set, like the stubs)
from triage.v1 import triage_pb2 as pb  # noqa: E402
from triage.v1 import triage_pb2_grpc as pb_grpc  # noqa: E402


class Server:
    """One running triaged, its stdout a pipe to us, its stderr ours."""

    def __init__(self, triaged, data):
        self.proc = subprocess.Popen(
            [triaged, "--listen", "127.0.0.1:0",
             "--lexicons", os.path.join(data, "lexicons"),
             "--rules", os.path.join(data, "rules")],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        self.extra_stdout = b""
        self.address = None

    def start(self):
        """Waits for the listening line; raises if it does not come."""
        self.address = self._read_address()

    def _read_address(self):
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + START_TIMEOUT_S
        buffer = b""
        while b"\n" not in buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RuntimeError("triaged printed no listening line within %d s (got %r)"
                                   % (START_TIMEOUT_S, buffer))
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 512)
            if not chunk:
                code = self._wait(5)
                raise RuntimeError("triaged closed stdout before its listening line "
                                   "(exit %r, got %r)" % (code, buffer))
            buffer += chunk
        line, _, rest = buffer.partition(b"\n")
        self.extra_stdout += rest
        if not line.startswith(LISTEN_PREFIX):
            raise RuntimeError("unexpected first stdout line: %r" % line)
        port = line[len(LISTEN_PREFIX):]
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise RuntimeError("no port in the listening line: %r" % line)
        return "127.0.0.1:%d" % int(port)

    def _wait(self, timeout):
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self):
        """SIGTERM, then the exit code (None if it had to be killed)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = self._wait(EXIT_TIMEOUT_S)
        if code is None:
            self.kill()
        else:
            self._drain_stdout()
        return code

    def _drain_stdout(self):
        fd = self.proc.stdout.fileno()
        while True:
            ready, _, _ = select.select([fd], [], [], 1)
            if not ready:
                break
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            self.extra_stdout += chunk

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self._wait(10)


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def describe(hit):
    return "%s (%s) turn %d utf8 [%d,%d) utf16 [%d,%d) %r %s" % (
        hit.cue, hit.entry_id, hit.turn_index, hit.utf8_begin, hit.utf8_end,
        hit.utf16_begin, hit.utf16_end, hit.matched_text, pb.Suppression.Name(hit.suppression))


def describe_cues(result):
    return "".join("\n    " + describe(h) for h in result.cues) or " (no cues)"


def check_spans(result, texts):
    """Every hit addresses its matched text exactly in bytes and UTF-16 units."""
    for hit in result.cues:
        check(hit.turn_index < len(texts), "turn_index out of range: " + describe(hit))
        text = texts[hit.turn_index]
        utf8 = text.encode("utf-8")
        utf16 = text.encode("utf-16-le")
        check(hit.utf8_begin < hit.utf8_end <= len(utf8), "bad UTF-8 span: " + describe(hit))
        check(hit.utf16_begin < hit.utf16_end <= len(utf16) // 2, "bad UTF-16 span: " + describe(hit))
        by_bytes = utf8[hit.utf8_begin:hit.utf8_end].decode("utf-8")
        by_units = utf16[2 * hit.utf16_begin:2 * hit.utf16_end].decode("utf-16-le")
        check(hit.matched_text == by_bytes,
              "UTF-8 slice %r != matched_text: %s" % (by_bytes, describe(hit)))
        check(hit.matched_text == by_units,
              "UTF-16 slice %r != matched_text: %s" % (by_units, describe(hit)))


def live(result, cue):
    return [h for h in result.cues if h.cue == cue and h.suppression == pb.SUPPRESSION_UNSPECIFIED]


def test_loyal_customer_cancelling_is_urgent(stub):
    text = "I'm going to cancel my account, loyal customer for six years"
    result = stub.TriageTicket(pb.TriageTicketRequest(text=text), timeout=CALL_TIMEOUT_S)
    check_spans(result, [text])
    hits = live(result, "churn.cancel")
    check(hits, "no live churn.cancel:" + describe_cues(result))
    for hit in hits:
        check("cancel" in hit.matched_text, "span lacks 'cancel': " + describe(hit))
        check("I'm" not in hit.matched_text, "span includes the subject: " + describe(hit))
    check(result.language == "en", "language %r, want 'en'" % result.language)
    check(result.priority in (pb.PRIORITY_P1, pb.PRIORITY_P2),
          "priority %s, want P1 or P2" % pb.Priority.Name(result.priority))
    check(result.extracted.HasField("tenure_months") and result.extracted.tenure_months == 72,
          "tenure_months %r, want 72 ('six years')" % result.extracted.tenure_months)
    check(result.route, "empty route")
    check(result.reply.text, "empty reply text")
    check(result.data_version, "empty data_version")


def test_offsets_with_emoji_and_hebrew(stub):
    # The emoji is 4 UTF-8 bytes, 2 UTF-16 units, 1 Python character: the
    # three offsets differ, and only the bytes and units are on the wire.
    for text, verb in [("\U0001F621 I'm going to cancel my subscription.", "cancel"),
                       ("אני הולך לבטל את המנוי שלי.", "לבטל")]:
        result = stub.TriageTicket(pb.TriageTicketRequest(text=text), timeout=CALL_TIMEOUT_S)
        check_spans(result, [text])
        hits = live(result, "churn.cancel")
        check(hits, "no live churn.cancel in %r:%s" % (text, describe_cues(result)))
        check(any(verb in h.matched_text for h in hits), "no span holds %r:%s" % (verb, describe_cues(result)))
    he = stub.TriageTicket(pb.TriageTicketRequest(text="אני הולך לבטל את המנוי שלי."), timeout=CALL_TIMEOUT_S)
    check(he.language == "he", "language %r, want 'he'" % he.language)
    check(he.reply.direction == pb.TEXT_DIRECTION_RTL,
          "reply direction %s, want RTL" % pb.TextDirection.Name(he.reply.direction))


def test_negated_cancel_is_not_live(stub):
    text = "I'm not going to cancel my subscription."
    result = stub.TriageTicket(pb.TriageTicketRequest(text=text), timeout=CALL_TIMEOUT_S)
    check_spans(result, [text])
    check(not live(result, "churn.cancel"), "negated cancel counted as live:" + describe_cues(result))


def expect_invalid_argument(call, field):
    try:
        call()
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.INVALID_ARGUMENT,
              "status %s (%r), want INVALID_ARGUMENT" % (error.code(), error.details()))
        check((error.details() or "").startswith(field),
              "message %r does not name %r" % (error.details(), field))
        return
    raise CheckFailed("the call succeeded; want INVALID_ARGUMENT naming %r" % field)


def test_empty_text_is_invalid_argument(stub):
    expect_invalid_argument(
        lambda: stub.TriageTicket(pb.TriageTicketRequest(text=""), timeout=CALL_TIMEOUT_S), "text")
    # And the server still answers.
    result = stub.TriageTicket(pb.TriageTicketRequest(text="I'm going to cancel my subscription."),
                               timeout=CALL_TIMEOUT_S)
    check(live(result, "churn.cancel"), "no live churn.cancel after a bad call:" + describe_cues(result))


def test_conversation_without_customer_turn_is_invalid_argument(stub):
    request = pb.TriageConversationRequest(turns=[pb.Turn(role=pb.ROLE_AGENT, text="Hello, how can I help?")])
    expect_invalid_argument(lambda: stub.TriageConversation(request, timeout=CALL_TIMEOUT_S), "turns")


def test_converse_answers_customer_turns_only(stub):
    turns = [pb.Turn(role=pb.ROLE_CUSTOMER, text="Saya nak batalkan langganan saya."),
             pb.Turn(role=pb.ROLE_AGENT, text="Maaf, boleh saya tahu kenapa?"),
             pb.Turn(role=pb.ROLE_CUSTOMER, text="Internet selalu putus.")]
    requests = [pb.ConverseRequest(metadata=pb.TicketMetadata(ticket_id="py-chat"), turn=turns[0])]
    requests += [pb.ConverseRequest(turn=t) for t in turns[1:]]
    responses = list(stub.Converse(iter(requests), timeout=CALL_TIMEOUT_S))
    check([r.turn_index for r in responses] == [0, 2],
          "answers for turns %r, want [0, 2]" % [r.turn_index for r in responses])
    texts = [t.text for t in turns]
    for response in responses:
        check_spans(response.result, texts)
        check(response.result.ticket_id == "py-chat", "ticket_id %r" % response.result.ticket_id)
    first = responses[0].result
    check(live(first, "churn.cancel"), "no live churn.cancel in the first turn:" + describe_cues(first))
    check(first.language == "ms", "language %r, want 'ms'" % first.language)


def test_health_check_serving(channel):
    check_health = channel.unary_unary("/grpc.health.v1.Health/Check")  # raw bytes in and out
    for service in ["", "triage.v1.TriageService"]:
        encoded = service.encode("utf-8")
        request = (b"\x0a" + bytes([len(encoded)]) + encoded) if encoded else b""
        response = check_health(request, timeout=CALL_TIMEOUT_S)
        check(response == b"\x08\x01", "health of %r: %r, want SERVING (08 01)" % (service, response))


TESTS = [
    test_loyal_customer_cancelling_is_urgent,
    test_offsets_with_emoji_and_hebrew,
    test_negated_cancel_is_not_live,
    test_empty_text_is_invalid_argument,
    test_conversation_without_customer_turn_is_invalid_argument,
    test_converse_answers_customer_turns_only,
    test_health_check_serving,
]


def main():
    passed, failed = 0, 0

    def record(name, error):
        nonlocal passed, failed
        if error is None:
            passed += 1
            print("PASS %s" % name, flush=True)
        else:
            failed += 1
            print("FAIL %s: %s" % (name, error), flush=True)

    server = None
    try:
        try:
            server = Server(ARGS.triaged, ARGS.data)
            server.start()
        except Exception as error:  # noqa: BLE001 - reported as a failure
            record("start_server", error)
            print("%d passed, %d failed" % (passed, failed), flush=True)
            return 1  # the finally below kills a server that did not come up
        record("start_server", None)

        channel = grpc.insecure_channel(server.address)
        try:
            grpc.channel_ready_future(channel).result(timeout=10)
            stub = pb_grpc.TriageServiceStub(channel)
            for test in TESTS:
                try:
                    argument = channel if test is test_health_check_serving else stub
                    test(argument)
                    record(test.__name__, None)
                except CheckFailed as error:
                    record(test.__name__, error)
                except grpc.RpcError as error:
                    record(test.__name__, "RPC failed: %s %r" % (error.code(), error.details()))
                except Exception:  # noqa: BLE001 - any surprise is a failure, not a crash
                    record(test.__name__, traceback.format_exc())
        except grpc.FutureTimeoutError:
            record("connect", "could not connect to %s within 10 s" % server.address)
        finally:
            channel.close()

        code = server.stop()
        if code is None:
            record("sigterm_exits_zero", "triaged did not exit within %d s of SIGTERM" % EXIT_TIMEOUT_S)
        elif code != 0:
            record("sigterm_exits_zero", "exit code %d after SIGTERM, want 0" % code)
        else:
            record("sigterm_exits_zero", None)
        record("stdout_is_one_line",
               None if server.extra_stdout == b"" else "more on stdout: %r" % server.extra_stdout)
    finally:
        if server is not None:
            server.kill()

    print("%d passed, %d failed" % (passed, failed), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
