#pragma once

namespace soar::common {

// Named places where a test may kill the process on purpose, to prove that a crash between
// two steps loses nothing and duplicates nothing. Armed with the environment variable
// SOAR_CRASH_AT=<name>[,<name>...] and compiled in only with the CMake option SOAR_TEST_HOOKS
// (scripts/test); in every other build, the shipped one included, hit() does nothing.
class CrashPoint {
public:
    static void hit(const char *name);
};

} // namespace soar::common
