// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ConsentLedger.h"

namespace rapport::domain {

namespace {
/// True when `a` supersedes `b` on the same line.
bool later(const ConsentEvent& a, const ConsentEvent& b)
{
    if (a.effectiveAt != b.effectiveAt)
        return a.effectiveAt > b.effectiveAt;
    if (a.recordedAt != b.recordedAt)
        return a.recordedAt > b.recordedAt;
    return a.id > b.id;
}
} // namespace

std::optional<ConsentEvent> ConsentLedger::currentEvent(const QVector<ConsentEvent>& events, Channel channel,
                                                        Scope scope, const QDateTime& at)
{
    const ConsentEvent* best = nullptr;
    for (const auto& e : events) {
        if (e.channel != channel || e.scope != scope)
            continue;
        if (at.isValid() && e.effectiveAt > at)
            continue;
        if (!best || later(e, *best))
            best = &e;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

std::optional<ConsentState> ConsentLedger::currentState(const QVector<ConsentEvent>& events, Channel channel,
                                                        Scope scope, const QDateTime& at)
{
    const auto e = currentEvent(events, channel, scope, at);
    return e ? std::optional<ConsentState>(e->state) : std::nullopt;
}

QVector<ConsentLine> ConsentLedger::currentStates(const QVector<ConsentEvent>& events, const QDateTime& at)
{
    QVector<ConsentLine> out;
    for (Channel c : consentChannels())
        for (Scope s : {Scope::Service, Scope::Marketing})
            out.push_back({c, s, currentEvent(events, c, s, at)});
    return out;
}

} // namespace rapport::domain
