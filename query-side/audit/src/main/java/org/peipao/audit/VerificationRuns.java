package org.peipao.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verification runs, kept in the read side's MongoDB ({@value #COLLECTION}) so that any process serving the
 * audit (or a later one) reads the same runs. A run leaves {@code RUNNING} only through a conditional update: a
 * run another process has already marked {@code FAILED} is never revived by a late progress write.
 */
@Component
class VerificationRuns {

    static final String COLLECTION = "audit_verifications";

    private final MongoTemplate mongo;
    private final ObjectMapper json;

    VerificationRuns(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    void insert(VerificationRun run) {
        Document document = new Document("_id", run.id()).append("kind", run.kind()).append("status", run.status())
                .append("progress", run.progress()).append("startedAt", date(run.startedAt()))
                .append("heartbeatAt", date(run.heartbeatAt())).append("owner", run.owner())
                .append("fromPosition", run.fromPosition());
        mongo.insert(document, COLLECTION);
    }

    /** Records a running run's progress and heartbeat; answers false when the run is no longer running. */
    boolean beat(String id, int progress, Long etaSeconds, Instant now) {
        return mongo.updateFirst(running(id), new Update().set("progress", progress).set("etaSeconds", etaSeconds)
                .set("heartbeatAt", date(now)), COLLECTION).getModifiedCount() > 0;
    }

    /** Records a run's success and its results. */
    boolean done(String id, Instant now, long headPosition, long storedEvents, String digest, String receipt,
                 Object eventLog, Object readModels) {
        return mongo.updateFirst(running(id), new Update().set("status", VerificationRun.DONE).set("progress", 100)
                .unset("etaSeconds").set("finishedAt", date(now)).set("heartbeatAt", date(now))
                .set("headPosition", headPosition).set("storedEvents", storedEvents).set("digest", digest).set("receipt", receipt)
                .set("eventLog", document(eventLog)).set("readModels", document(readModels)), COLLECTION)
                .getModifiedCount() > 0;
    }

    /** Marks a run FAILED unless it has already left RUNNING (or, given {@code heartbeatAt}, has beaten since). */
    boolean failed(String id, Instant heartbeatAt, Instant now, String reason) {
        Query query = running(id);
        if (heartbeatAt != null) {
            query.addCriteria(Criteria.where("heartbeatAt").is(date(heartbeatAt)));
        }
        return mongo.updateFirst(query, new Update().set("status", VerificationRun.FAILED).unset("etaSeconds")
                .set("finishedAt", date(now)).set("reason", reason), COLLECTION).getModifiedCount() > 0;
    }

    Optional<VerificationRun> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(this::run);
    }

    /** The latest runs, newest first. */
    List<VerificationRun> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("_id"))).limit(limit),
                Document.class, COLLECTION).stream().map(this::run).toList();
    }

    List<VerificationRun> running() {
        return mongo.find(Query.query(Criteria.where("status").is(VerificationRun.RUNNING)), Document.class, COLLECTION)
                .stream().map(this::run).toList();
    }

    /** The DONE run that reached furthest into the log: where an incremental run starts. */
    Optional<VerificationRun> furthestDone() {
        return mongo.find(Query.query(Criteria.where("status").is(VerificationRun.DONE))
                        .with(Sort.by(Sort.Order.desc("headPosition"), Sort.Order.desc("finishedAt"))).limit(1),
                Document.class, COLLECTION).stream().findFirst().map(this::run);
    }

    private static Query running(String id) {
        return Query.query(Criteria.where("_id").is(id).and("status").is(VerificationRun.RUNNING));
    }

    private VerificationRun run(Document d) {
        return new VerificationRun(d.getString("_id"), d.getString("kind"), d.getString("status"),
                d.get("progress", Number.class) == null ? 0 : d.get("progress", Number.class).intValue(),
                number(d, "etaSeconds"), instant(d, "startedAt"), instant(d, "finishedAt"), instant(d, "heartbeatAt"),
                d.getString("owner"), number(d, "fromPosition"), number(d, "headPosition"), number(d, "storedEvents"),
                d.getString("digest"),
                d.getString("receipt"), d.getString("reason"),
                d.get("eventLog") == null ? null : json.valueToTree(d.get("eventLog")),
                d.get("readModels") == null ? null : json.valueToTree(d.get("readModels")));
    }

    @SuppressWarnings("unchecked")
    private Document document(Object value) {
        return value == null ? null : new Document(json.convertValue(value, Map.class));
    }

    private static Long number(Document d, String field) {
        Number value = d.get(field, Number.class);
        return value == null ? null : value.longValue();
    }

    private static Instant instant(Document d, String field) {
        Date value = d.getDate(field);
        return value == null ? null : value.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
