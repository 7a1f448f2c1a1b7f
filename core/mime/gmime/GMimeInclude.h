#pragma once

// GMime pulls in GIO, whose structs have a member named "signals", which Qt defines as a
// macro. Every file of soar_mime includes GMime through this header.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")
