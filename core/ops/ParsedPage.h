#pragma once

#include "model/SourceServer.h"
#include "model/Task.h"

#include <QByteArray>
#include <QList>

#include <optional>

// One page of GET /v3/tasks or GET /v3/sources, parsed. Pure and thread-safe: LoadOperation runs
// it off the thread that sends the requests, so parsing never delays the next request or the GUI.
struct ParsedPage
{
    bool readable = false; // a JSON object with the list: anything else is asked again once
    int count = -1; // the page's total, -1 when missing
    QList<Task> tasks;
    QList<SourceServer> sources;

    // Through PageScanner (no DOM, ~1/5 of the instructions), or QJsonDocument for what the
    // scanner leaves to Qt; the same result either way.
    static ParsedPage tasksPage(const QByteArray &body);
    static ParsedPage sourcesPage(const QByteArray &body);
    // Always through QJsonDocument + Task::fromJson / SourceServer::fromJson: the reference the
    // fast parse is held to (tst_pageparsing, fuzz_page_parity).
    static ParsedPage tasksPageThroughQt(const QByteArray &body);
    static ParsedPage sourcesPageThroughQt(const QByteArray &body);

    // The top-level "count" of a page without parsing it (a page of 200 tasks takes ~7 ms to
    // parse; its count decides the next wave of requests). Only a plain integer, present once;
    // anything else is nullopt and the parse decides. Where both answer, they agree.
    static std::optional<int> peekCount(const QByteArray &body);
};
