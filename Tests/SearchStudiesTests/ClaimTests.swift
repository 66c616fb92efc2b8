import Foundation
import Search
import Testing

@testable import SearchStudies

@Suite struct ClaimTests {
    /// This process: alive, on this host.
    static let live = WorkerIdentity(host: ProcessInfo.processInfo.hostName, processID: getpid(), token: "live")
    static let other = WorkerIdentity(host: ProcessInfo.processInfo.hostName, processID: getpid(), token: "other")
    /// A process id above Linux's largest (2^22), so never a running process.
    static let vanished = WorkerIdentity(host: ProcessInfo.processInfo.hostName, processID: 1 << 30, token: "gone")
    static let remote = WorkerIdentity(host: "another-host.invalid", processID: 1 << 30, token: "far")
    static let t0 = Date(timeIntervalSince1970: 1_000)

    func claim(_ store: StudyStore, _ key: String, _ worker: WorkerIdentity, at seconds: Double) throws -> ClaimOutcome {
        try store.claim(
            key: key, genomeJSON: "[\(seconds)]", generation: 0, position: 0, by: worker,
            now: Self.t0.addingTimeInterval(seconds), staleAfterSeconds: 60)
    }

    @Test func aFreshClaimHoldsOffOthersUntilItIsStale() throws {
        let folder = try ScratchFolder("claims")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        #expect(try claim(store, "k", Self.remote, at: 0) == .claimed)
        #expect(try claim(store, "k", Self.live, at: 59) == .heldByOther(Self.remote.description))
        #expect(try claim(store, "k", Self.live, at: 60) == .claimed)
        #expect(try claim(store, "k", Self.remote, at: 61) == .heldByOther(Self.live.description))
        let row = try #require(try store.evaluation(forKey: "k"))
        #expect(row.claimedBy == Self.live.description)
        #expect(row.claimedAt == Self.t0.addingTimeInterval(60))
        #expect(row.genomeJSON == "[0.0]")
        #expect(!row.isCompleted)
    }

    @Test func aClaimOfAVanishedProcessOnThisHostIsTakenOverAtOnce() throws {
        let folder = try ScratchFolder("claims")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        #expect(Self.vanished.hasVanishedFromThisHost)
        #expect(!Self.live.hasVanishedFromThisHost)
        #expect(!Self.remote.hasVanishedFromThisHost)
        #expect(try claim(store, "k", Self.vanished, at: 0) == .claimed)
        #expect(try claim(store, "k", Self.live, at: 1) == .claimed)
        #expect(try claim(store, "k", Self.other, at: 2) == .heldByOther(Self.live.description))
    }

    @Test func aCompletedGenomeIsNeverClaimedAgain() throws {
        let folder = try ScratchFolder("claims")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        #expect(try claim(store, "k", Self.live, at: 0) == .claimed)
        let done = try store.complete(key: "k", evaluation: Evaluation(objectives: [1, 2]), seconds: 0.5, by: Self.live, now: Self.t0)
        #expect(try claim(store, "k", Self.other, at: 10_000) == .completed(done))
        #expect(try claim(store, "k", Self.live, at: 10_000) == .completed(done))
    }

    @Test func theFirstCompletionWinsAfterATakeover() throws {
        let folder = try ScratchFolder("claims")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        #expect(try claim(store, "k", Self.remote, at: 0) == .claimed)
        #expect(try claim(store, "k", Self.live, at: 100) == .claimed)
        let first = try store.complete(key: "k", evaluation: Evaluation(objectives: [1, 2]), seconds: 3, by: Self.live, now: Self.t0)
        let late = try store.complete(
            key: "k", evaluation: Evaluation(objectives: [5, 6]), seconds: 90, by: Self.remote, now: Self.t0.addingTimeInterval(200))
        #expect(late == first)
        #expect(late.evaluation?.objectives == [1, 2])
        #expect(late.claimedBy == Self.live.description)
    }

    @Test func completingAnUnclaimedKeyIsAnError() throws {
        let folder = try ScratchFolder("claims")
        defer { folder.remove() }
        let store = try StudyStore(path: folder.file("s.sqlite"))
        #expect {
            _ = try store.complete(key: "nobody-claimed-me", evaluation: Evaluation(objectives: [1]), seconds: 1, by: Self.live)
        } throws: { error in
            "\(error)".contains(store.path) && "\(error)".contains("nobody-claimed-me")
        }
    }

    @Test(arguments: [
        ("host/12/abc", WorkerIdentity(host: "host", processID: 12, token: "abc")),
        ("a.b.c/1/", WorkerIdentity(host: "a.b.c", processID: 1, token: "")),
    ])
    func workerIdentitiesRoundTrip(_ text: String, _ worker: WorkerIdentity) {
        #expect(WorkerIdentity(text) == worker)
        #expect(worker.description == text)
    }

    @Test(arguments: ["", "host/12", "host/x/abc", "a/1/b/c"])
    func otherClaimTextIsNotAWorker(_ text: String) {
        #expect(WorkerIdentity(text) == nil)
    }
}
