#pragma once

#include "api/SmsClient.h"
#include "ops/LoadOperation.h"

#include <QSignalSpy>

// Lists every task through a LoadOperation and waits for it: the tests' one way to list.
struct Listing
{
    bool finished = false;
    QList<Task> tasks;
    bool complete = false;
    SmsError error;
    int pagesSignalled = 0;
};

inline Listing listAll(SmsClient *client, int timeoutMs = 30000)
{
    Listing l;
    LoadOperation op(client);
    QSignalSpy pages(&op, &LoadOperation::tasksReceived);
    QSignalSpy done(&op, &LoadOperation::finished);
    op.start();
    if (!done.wait(timeoutMs)) {
        l.error.kind = SmsErrorKind::Timeout; // the operation itself never finished
        return l;
    }
    l.finished = true;
    l.tasks = op.tasks();
    l.complete = op.isComplete();
    l.error = op.error();
    l.pagesSignalled = int(pages.size());
    return l;
}

// Lists once, with the client's retries switched off (a TLS, network or authentication failure shows at
// once): the error, none when it worked, and how many tasks came.
inline SmsError listWith(SmsClient *client, int *count = nullptr)
{
    client->setRetryPolicy(RetryPolicy::none());
    const Listing l = listAll(client, 15000);
    if (count)
        *count = int(l.tasks.size());
    return l.error;
}
