#include "sandbox/SandboxGenerator.h"

#include "sandbox/SandboxConfig.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

const QStringList &linuxVersions()
{
    static const QStringList l { QStringLiteral("CENTOS7.9"),      QStringLiteral("CENTOS8.2"),
                                 QStringLiteral("UBUNTU20.04"),    QStringLiteral("UBUNTU22.04"),
                                 QStringLiteral("DEBIAN11"),       QStringLiteral("EULEROS2.9"),
                                 QStringLiteral("OPENEULER22.03"), QStringLiteral("RHEL8.6"),
                                 QStringLiteral("SUSE15SP3"),      QStringLiteral("KYLINV10"),
                                 QStringLiteral("ROCKY8.8"),       QStringLiteral("ORACLELINUX7.9") };
    return l;
}

const QStringList &windowsVersions()
{
    static const QStringList l { QStringLiteral("WINDOWS2012R2"), QStringLiteral("WINDOWS2016"),
                                 QStringLiteral("WINDOWS2019"), QStringLiteral("WINDOWS2022"),
                                 QStringLiteral("WINDOWS2008R2") };
    return l;
}

const QStringList &linuxRoles()
{
    static const QStringList l { QStringLiteral("web"),    QStringLiteral("app"),       QStringLiteral("db-mysql"),
                                 QStringLiteral("db-pg"),  QStringLiteral("redis"),     QStringLiteral("erp"),
                                 QStringLiteral("crm"),    QStringLiteral("k8s-node"),  QStringLiteral("jenkins"),
                                 QStringLiteral("gitlab"), QStringLiteral("nginx"),     QStringLiteral("kafka"),
                                 QStringLiteral("es"),     QStringLiteral("hadoop-dn"), QStringLiteral("mq") };
    return l;
}

const QStringList &windowsRoles()
{
    static const QStringList l { QStringLiteral("WIN-SQL"), QStringLiteral("DC"),      QStringLiteral("FS-BJ"),
                                 QStringLiteral("EXCH"),    QStringLiteral("IIS-WEB"), QStringLiteral("RDS-GW"),
                                 QStringLiteral("SAP-APP") };
    return l;
}

const QStringList &environments()
{
    static const QStringList l { QStringLiteral("prod"), QStringLiteral("prod"), QStringLiteral("stg"),
                                 QStringLiteral("dev"),  QStringLiteral("uat"),  QStringLiteral("dr") };
    return l;
}

// CJK and emoji names: the client must show, sort and search them.
const QStringList &oddNames()
{
    static const QStringList l { QStringLiteral("财务系统-数据库-01"),  QStringLiteral("生产-订单服务 02"),
                                 QStringLiteral("北京机房-文件服务器"), QStringLiteral("🚀 launch-web-01"),
                                 QStringLiteral("legacy-erp 🐢"),        QStringLiteral("数据仓库📊-02"),
                                 QStringLiteral("テスト-app-03") };
    return l;
}

const QStringList &enterpriseProjects()
{
    static const QStringList l { QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                                 QStringLiteral("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"),
                                 QStringLiteral("7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7") };
    return l;
}

QString ipv4(SandboxRandom &rng)
{
    switch (rng.below(3)) {
    case 0:
        return QStringLiteral("10.%1.%2.%3").arg(rng.below(256)).arg(rng.below(256)).arg(rng.between(2, 254));
    case 1:
        return QStringLiteral("192.168.%1.%2").arg(rng.below(256)).arg(rng.between(2, 254));
    default:
        return QStringLiteral("172.%1.%2.%3").arg(rng.between(16, 31)).arg(rng.below(256)).arg(rng.between(2, 254));
    }
}

} // namespace

SandboxGenerator::SandboxGenerator(const SandboxConfig &config)
    : m_config(config)
    , m_rng(config.seed ^ 0x5A17B0C5ULL)
{ }

// The first records, in order: every source state (19 + premiging), every task state, the
// disagreeing states with a connected Agent, filter-only and unknown future values, and sources
// hidden from ListServers with each possible hidden connection state.
SandboxGenerator::Profile SandboxGenerator::coverageProfile(int index) const
{
    static const QList<Profile> list {
        { QStringLiteral("finished"), QStringLiteral("MIGRATE_SUCCESS"), 1 },
        { QStringLiteral("stopped"), QStringLiteral("ABORT"), 1 },
        { QStringLiteral("error"), QStringLiteral("MIGRATE_FAIL"), 1 },
        { QStringLiteral("unavailable"), QStringLiteral("READY"), 1 },
        { QStringLiteral("waiting"), QStringLiteral("READY"), 0 },
        { QStringLiteral("replicate"), QStringLiteral("RUNNING"), 1 },
        { QStringLiteral("syncing"), QStringLiteral("SYNCING"), 1 },
        { QStringLiteral("initialize"), QStringLiteral("RUNNING"), 1 },
        { QStringLiteral("stopping"), QStringLiteral("ABORTING"), 1 },
        { QStringLiteral("skipping"), QStringLiteral("SKIPPING"), 1 },
        { QStringLiteral("deleting"), QStringLiteral("DELETING"), 1 },
        { QStringLiteral("clearing"), QStringLiteral("SYNC_SUCCESS"), 1 },
        { QStringLiteral("cleared"), QStringLiteral("MIGRATE_SUCCESS"), 1 },
        { QStringLiteral("clearfailed"), QStringLiteral("SYNC_FAIL"), 1 },
        { QStringLiteral("premigready"), QStringLiteral("READY"), 1 },
        { QStringLiteral("premiged"), QStringLiteral("MIGRATE_SUCCESS"), 1 },
        { QStringLiteral("premigfailed"), QStringLiteral("MIGRATE_FAIL"), 1 },
        { QStringLiteral("cloning"), QStringLiteral("RESETING"), 1 },
        { QStringLiteral("cutovering"), QStringLiteral("RUNNING"), 1 },
        { QStringLiteral("premiging"), QStringLiteral("RUNNING"), 0 },
        { QStringLiteral("replicate"), QStringLiteral("SYNC_F_ROLLBACKING"), 0 },
        { QStringLiteral("hibernating"), QStringLiteral("VERIFYING"), 1 }, // future values
        { QStringLiteral("finished"), QStringLiteral("SYNC_SUCCESS"), 0, false },
        { QStringLiteral("syncing"), QStringLiteral("SYNCING"), 1, false },
        { QStringLiteral("stopped"), QStringLiteral("ABORT"), 1, false },
        { QStringLiteral("replicate"), QStringLiteral("RUNNING"), 0, false },
    };
    if (index < list.size())
        return list.at(index);
    return { {}, {}, -1 };
}

SandboxGenerator::Profile SandboxGenerator::weightedProfile()
{
    const int r = m_rng.below(100);
    Profile p;
    p.connected = -1;
    p.listed = !m_rng.chance(0.04);
    if (r < 32) { // finished
        p.sourceState = QStringLiteral("finished");
        p.taskState = m_rng.chance(0.7) ? QStringLiteral("MIGRATE_SUCCESS") : QStringLiteral("SYNC_SUCCESS");
    } else if (r < 52) { // failed
        p.sourceState = QStringLiteral("error");
        p.taskState = m_rng.chance(0.7) ? QStringLiteral("MIGRATE_FAIL") : QStringLiteral("SYNC_FAIL");
    } else if (r < 68) { // paused
        p.sourceState = QStringLiteral("stopped");
        p.taskState = QStringLiteral("ABORT");
    } else if (r < 76) { // not started
        p.sourceState = m_rng.chance(0.5) ? QStringLiteral("waiting") : QStringLiteral("unavailable");
        p.taskState = QStringLiteral("READY");
    } else if (r < 88) { // running, Agent connected
        static const QStringList busy { QStringLiteral("replicate"),  QStringLiteral("syncing"),
                                        QStringLiteral("initialize"), QStringLiteral("cutovering"),
                                        QStringLiteral("stopping"),   QStringLiteral("cloning") };
        p.sourceState = m_rng.pick(busy);
        p.taskState = p.sourceState == u"syncing" ? QStringLiteral("SYNCING")
            : p.sourceState == u"stopping"        ? QStringLiteral("ABORTING")
                                                  : QStringLiteral("RUNNING");
        p.connected = 1;
    } else if (r < 94) { // the wordings disagree
        static const QStringList disagree { QStringLiteral("cleared"), QStringLiteral("clearfailed"),
                                            QStringLiteral("premigready"), QStringLiteral("premiged"),
                                            QStringLiteral("premigfailed") };
        p.sourceState = m_rng.pick(disagree);
        p.taskState
            = p.sourceState.endsWith(u"failed") ? QStringLiteral("MIGRATE_FAIL") : QStringLiteral("MIGRATE_SUCCESS");
        p.connected = m_rng.chance(0.8) ? 1 : 0;
    } else { // a busy state, but the Agent is gone
        static const QStringList stale { QStringLiteral("replicate"), QStringLiteral("syncing"),
                                         QStringLiteral("skipping"), QStringLiteral("clearing"),
                                         QStringLiteral("deleting") };
        p.sourceState = m_rng.pick(stale);
        p.taskState = m_rng.chance(0.5) ? QStringLiteral("RUNNING") : QStringLiteral("MIGRATE_FAIL");
        p.connected = 0;
    }
    return p;
}

SandboxSource SandboxGenerator::makeSource(int index)
{
    SandboxSource s;
    s.id = m_rng.uuid();
    const bool windows = m_rng.chance(0.3);
    s.osType = windows ? QStringLiteral("WINDOWS") : QStringLiteral("LINUX");
    s.osVersion = m_rng.pick(windows ? windowsVersions() : linuxVersions());
    const int odd = index % 11 == 3 ? int((index / 11) % oddNames().size()) : -1;
    if (odd >= 0) {
        s.name = oddNames().at(odd);
    } else if (windows) {
        s.name = m_rng.pick(windowsRoles()) + QStringLiteral("%1").arg(index % 97 + 1, 2, 10, QLatin1Char('0'));
    } else {
        s.name = m_rng.pick(linuxRoles()) + u'-' + m_rng.pick(environments())
            + QStringLiteral("-%1").arg(index % 97 + 1, 2, 10, QLatin1Char('0'));
    }
    s.ip = ipv4(m_rng);
    s.enterpriseProjectId = m_rng.pick(enterpriseProjects());
    s.oemSystem = windows && m_rng.chance(0.3);
    s.addDateMs = BaseTimeMs - m_rng.below64(qint64(420) * 86400000);
    s.lastVisitMs = std::min(BaseTimeMs, s.addDateMs + m_rng.below64(qint64(60) * 86400000));
    s.stateActionMs = s.lastVisitMs;
    s.cpuQuantity = 1 << m_rng.below(6);
    s.memory = qint64(1024) * 1024 * 1024 * (qint64(1) << m_rng.below(7));
    s.totalSize = qint64(m_rng.between(20, 2000)) * 1024 * 1024 * 1024;
    s.omitOsVersion = m_rng.chance(0.03);
    return s;
}

QString SandboxGenerator::taskName(int index, const SandboxSource &source)
{
    if (index == 1) // the interop test searches for a name that needs every kind of encoding
        return QStringLiteral("web server #1 (prod)*");
    switch (m_rng.below(3)) {
    case 0:
        return source.name;
    case 1:
        return source.name + u'-' + QStringLiteral("%1").arg(m_rng.between(1, 9));
    default:
        return QStringLiteral("task-") + source.name;
    }
}

SandboxTask SandboxGenerator::makeTask(int index, const SandboxSource &source, const QString &taskState)
{
    SandboxTask t;
    t.id = m_rng.uuid();
    t.name = taskName(index, source);
    t.type = source.osType == u"WINDOWS" || m_rng.chance(0.7) ? QStringLiteral("MIGRATE_BLOCK")
                                                              : QStringLiteral("MIGRATE_FILE");
    t.osType = source.osType;
    t.state = taskState;
    t.enterpriseProjectId = source.enterpriseProjectId;
    t.sourceId = source.id;
    t.createMs = std::max(source.addDateMs, BaseTimeMs - m_rng.below64(qint64(400) * 86400000));
    t.startMs = t.createMs + m_rng.below64(3600000);
    const bool running = taskState == u"RUNNING" || taskState == u"SYNCING" || taskState == u"ABORTING"
        || taskState == u"SKIPPING" || taskState == u"RESETING" || taskState == u"SYNC_F_ROLLBACKING";
    const bool done = taskState.endsWith(u"SUCCESS");
    const bool failed = taskState.endsWith(u"FAIL");
    const qint64 duration = m_rng.between(600, 86400 * 2) * qint64(1000);
    t.finishMs = running || taskState == u"READY" ? 0 : t.startMs + duration;
    t.totalTimeMs = t.finishMs ? t.finishMs - t.startMs : 0;
    t.estimateCompleteMs = t.startMs + duration + m_rng.below64(3600000);
    t.remainSeconds = running ? m_rng.between(60, 36000) : 0;
    t.priority = m_rng.below(3);
    t.speedLimit = m_rng.chance(0.2) ? m_rng.between(10, 1000) : 0;
    t.migrateSpeed = running ? double(m_rng.between(50, 9500)) / 10.0 : 0.0;
    t.compressRate = double(m_rng.between(100, 350)) / 100.0;
    t.startTargetServer = m_rng.chance(0.8);
    t.syncing = taskState.startsWith(u"SYNC");
    t.needMigrationTest = source.state.startsWith(u"premig");
    t.migrationIp = QStringLiteral("192.168.%1.%2").arg(m_rng.below(8)).arg(m_rng.between(2, 254));
    static const QStringList logStatus { QStringLiteral("INIT"), QStringLiteral("UPLOADING"),
                                         QStringLiteral("UPLOAD_FAIL"), QStringLiteral("UPLOADED") };
    t.logCollectStatus = m_rng.pick(logStatus);
    t.regionId = m_config.region;
    t.regionName = m_config.region == u"cn-north-4" ? QStringLiteral("华北-北京四") : m_config.region;
    t.projectId = m_config.projectId;
    t.projectName = m_config.region;
    if (failed) {
        static const QStringList codes { QStringLiteral("SMS.0201"), QStringLiteral("SMS.0203"),
                                         QStringLiteral("SMS.0212"), QStringLiteral("SMS.0007") };
        const QString code = m_rng.pick(codes);
        t.errorJson = QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("error_code"), code },
                                        { QStringLiteral("error_json_msg"), QStringLiteral("migration failed") } })
                .toJson(QJsonDocument::Compact));
    }
    t.hasTarget = taskState != u"READY" || m_rng.chance(0.5);
    t.target.id = m_rng.uuid();
    t.target.vmId = m_rng.uuid();
    t.target.name = source.name + QStringLiteral("-ecs");
    t.target.ip = QStringLiteral("192.168.%1.%2").arg(m_rng.below(8)).arg(m_rng.between(2, 254));
    t.target.osType = source.osType;
    t.target.osVersion = source.osVersion;

    // The documented sub-task names (SubTaskName), in the order a migration of each kind runs them.
    static const QStringList linuxBlockSteps {
        QStringLiteral("CREATE_CLOUD_SERVER"),   QStringLiteral("SSL_CONFIG"),
        QStringLiteral("ATTACH_AGENT_IMAGE"),    QStringLiteral("MIGRATE_LINUX_BLOCK"),
        QStringLiteral("CONFIGURE_LINUX_BLOCK"), QStringLiteral("DETTACH_AGENT_IMAGE"),
    };
    static const QStringList windowsBlockSteps {
        QStringLiteral("CREATE_CLOUD_SERVER"), QStringLiteral("SSL_CONFIG"),
        QStringLiteral("ATTACH_AGENT_IMAGE"),  QStringLiteral("MIGRATE_WINDOWS_BLOCK"),
        QStringLiteral("CONFIGURE_WINDOWS"),   QStringLiteral("DETTACH_AGENT_IMAGE"),
    };
    static const QStringList fileSteps { QStringLiteral("CREATE_CLOUD_SERVER"), QStringLiteral("SSL_CONFIG"),
                                         QStringLiteral("MIGRATE_LINUX_FILE"), QStringLiteral("CONFIGURE_LINUX_FILE") };
    const QStringList &steps = t.type != u"MIGRATE_BLOCK" ? fileSteps
        : source.osType == u"WINDOWS"                     ? windowsBlockSteps
                                                          : linuxBlockSteps;
    if (taskState != u"READY") {
        const int reached = done ? int(steps.size()) : m_rng.between(1, int(steps.size()));
        qint64 at = t.startMs;
        for (int i = 0; i < reached; ++i) {
            SandboxSubTask st;
            st.id = ++m_subTaskId;
            st.name = steps.at(i);
            st.startMs = at;
            const bool last = i == reached - 1;
            st.progress = last && !done ? m_rng.between(1, 99) : 100;
            at += duration / int(steps.size());
            st.endMs = last && running ? 0 : at;
            if (last && failed)
                st.processTrace = QStringLiteral("failed at %1%").arg(st.progress);
            t.subTasks.append(st);
        }
        const SandboxSubTask &cur = t.subTasks.constLast();
        t.subtaskInfo = cur.name + u':' + QString::number(cur.progress) + u'%';
    }
    t.omitEstimate = m_rng.chance(0.05);
    t.omitEnterpriseProject = m_rng.chance(0.03);
    return t;
}

void SandboxGenerator::generate(QList<SandboxSource> *sources, QList<SandboxTask> *tasks)
{
    const int taskCount = std::max(0, m_config.tasks);
    const int sourceCount = std::max(1, m_config.effectiveSources());
    sources->clear();
    tasks->clear();
    sources->reserve(sourceCount);
    tasks->reserve(taskCount);
    for (int i = 0; i < sourceCount; ++i)
        sources->append(makeSource(i));

    QList<bool> configured(sourceCount, false);
    for (int i = 0; i < taskCount; ++i) {
        // One task per source first; later tasks are earlier attempts on a source already used.
        const bool fresh = i < sourceCount;
        const int si = fresh ? i : m_rng.below(sourceCount);
        SandboxSource &source = (*sources)[si];
        Profile p = coverageProfile(i);
        if (p.sourceState.isEmpty())
            p = weightedProfile();
        if (!configured.at(si)) {
            source.state = p.sourceState;
            source.connected = p.connected < 0 ? m_rng.chance(0.45) : p.connected == 1;
            source.listed = p.listed;
            source.migrationCycle = source.state == u"finished" ? QStringLiteral("cutovered")
                : source.state == u"syncing"                    ? QStringLiteral("syncing")
                : source.state == u"replicate"                  ? QStringLiteral("replicating")
                                                                : QStringLiteral("checking");
            source.replicateSize = source.state == u"finished" ? source.totalSize : source.totalSize / 3;
            configured[si] = true;
        } else if (p.taskState == u"RUNNING" || p.taskState == u"SYNCING") {
            p.taskState = QStringLiteral("MIGRATE_FAIL"); // an older attempt on a busy source
        }
        tasks->append(makeTask(i, source, p.taskState));
    }
    // Sources without a task still need a state.
    for (int i = 0; i < sourceCount; ++i) {
        if (!configured.at(i)) {
            (*sources)[i].state = m_rng.chance(0.5) ? QStringLiteral("waiting") : QStringLiteral("unavailable");
            (*sources)[i].connected = m_rng.chance(0.5);
        }
    }
}

SandboxTask SandboxGenerator::makeExtraTask(qint64 createMs, SandboxSource *source)
{
    *source = makeSource(100000 + m_extra);
    source->state = QStringLiteral("finished");
    source->connected = false;
    source->listed = true;
    SandboxTask t = makeTask(100000 + m_extra, *source, QStringLiteral("MIGRATE_SUCCESS"));
    t.name = QStringLiteral("page-shift-%1").arg(++m_extra);
    t.createMs = createMs;
    return t;
}
