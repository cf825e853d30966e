#pragma once
// Everything is built with hidden visibility; the SDK's interfaces and a plugin's entry points are
// the only symbols that cross a shared-library boundary.
#define TRYGG_SDK_API __attribute__((visibility("default")))
