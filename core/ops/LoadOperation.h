#pragma once

#include "model/SmsError.h"
#include "model/SourceServer.h"
#include "model/Task.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class SmsClient;
struct ApiResponse;
struct ParsedPage;

// Lists every task (GET /v3/tasks, limit 200) and every source (GET /v3/sources) concurrently;
// after the first page tells `count`, the remaining pages go out in parallel, bounded, and each
// is delivered as it arrives. The result is complete only when the unique ids equal `count`.
class LoadOperation : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pageSize = 200;
        int maxParallel = 4; // Qt 6.4 opens at most 6 connections per host
        QList<QPair<QString, QString>> taskFilter; // e.g. state, name, enterprise_project_id (sent as given)
        bool withSources = true; // false: tasks only (a delete's confirmation needs no Agent state)
        bool withTasks = true; // false: sources only (a source-record removal's confirmation)
        // A hint, e.g. what a delete should leave: the pages of that many tasks are asked for at
        // once instead of after the first page's count (pages past the real count come back empty).
        int expectedTasks = 0;
        bool keepSourceIds = false; // sourceIds() after finished(): a source cleanup's confirmation
    };

    LoadOperation(SmsClient *client, const Options &options, QObject *parent = nullptr);
    explicit LoadOperation(SmsClient *client, QObject *parent = nullptr);
    ~LoadOperation() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    // Valid after finished(): de-duplicated, joined with the sources.
    QList<Task> tasks() const { return m_result; }
    int reportedCount() const { return m_taskCount; }
    int reportedSourceCount() const { return m_sourceCount; }
    // Unique ids received == count, and every page arrived.
    bool isComplete() const;
    SmsError error() const { return m_error; }
    // Every task of tasks() was delivered as it is by tasksReceived/tasksJoined (no id came twice).
    bool deliveredAsResult() const { return m_deliveredAsResult; }
    // With Options::keepSourceIds, after a successful finished(): every source listed.
    const QSet<QString> &sourceIds() const { return m_sourceIds; }
    // With Options::keepSourceIds: every page of sources came, their unique ids equal its count.
    bool sourcesComplete() const
    {
        return m_finished && !m_failed && !m_sourceCountShifted && m_sourceCount >= 0
            && m_sourceIds.size() == m_sourceCount;
    }

Q_SIGNALS:
    // A page of tasks, joined with the sources listed so far (the others' Agent still unknown) ...
    void tasksReceived(const QList<Task> &page);
    // ... and those of them a later page of sources has joined.
    void tasksJoined(const QList<Task> &tasks);
    // Tasks and sources received so far, and how many are listed (-1: not known yet; 0 sources
    // when they are not listed).
    void progress(int tasks, int taskCount, int sources, int sourceCount);
    void finished();

private:
    enum class Kind { Tasks, Sources };
    struct Page
    {
        Kind kind;
        int offset;
    };

    void request(const Page &page);
    void pump();
    void onPage(const Page &page, const ApiResponse &r);
    void accept(const Page &page, const ApiResponse &r, const ParsedPage &parsed);
    void queueRest(Kind kind, int count);
    void fail(const SmsError &e);
    void maybeFinish();
    static QString pageKey(const Page &page)
    {
        return QString::number(int(page.kind)) + u':' + QString::number(page.offset);
    }

    SmsClient *m_client;
    Options m_options;
    QList<Page> m_queue;
    QSet<QString> m_reasked; // pages asked again after an unreadable body
    int m_inFlight = 0;
    int m_parsing = 0; // pages being parsed on the thread pool
    bool m_taskCountKnown = false;
    bool m_sourceCountKnown = false;
    int m_speculatedUpTo = 0; // task pages below this offset were queued before the count was known
    bool m_taskPagesQueued = false; // the pages after the first, once its count was read
    bool m_sourcePagesQueued = false;
    bool m_finished = false;
    bool m_failed = false;
    int m_taskCount = -1;
    int m_sourceCount = -1;
    bool m_countShifted = false;
    bool m_sourceCountShifted = false; // of the sources' pages (also in m_countShifted)
    QList<Task> m_tasks;
    QHash<QString, SourceServer> m_sources;
    QHash<QString, QList<int>> m_waitingForSource; // m_tasks whose source has not come yet, by source id
    QSet<QString> m_seenIds; // of m_tasks
    QSet<QString> m_sourceIds; // Options::keepSourceIds
    bool m_duplicates = false; // a task or source id came twice (pages shifted): de-duplicated, joined again
    bool m_deliveredAsResult = false;
    QList<Task> m_result;
    SmsError m_error;
    QObject *m_context = nullptr; // owns the in-flight callbacks; deleted on cancel
};
