#include <catch2/catch.hpp>

#include "ContentAnalyser.h"

using namespace rapport::domain;

namespace {

const ContentAnalyser& analyser()
{
    static const ContentAnalyser k;
    return k;
}

QStringList texts(const Analysis& a, Category c)
{
    QStringList out;
    for (const auto& f : a.findings) {
        if (f.category == c)
            out << f.text;
    }
    return out;
}

} // namespace

TEST_CASE("Worked example 4: back pain and ibuprofen are clinical", "[analyser]")
{
    const auto a =
        analyser().analyse(QStringLiteral("How is your lower back pain since the session? Keep taking the ibuprofen."));
    REQUIRE(texts(a, Category::Clinical) ==
            QStringList{QStringLiteral("lower back pain"), QStringLiteral("ibuprofen")});
    CHECK(a.findings.front().start == 12);
    CHECK(a.findings.front().end == 27);
    CHECK(a.purpose == Purpose::Clinical);
    CHECK(a.sensitive);
    CHECK_FALSE(a.delicate);
}
