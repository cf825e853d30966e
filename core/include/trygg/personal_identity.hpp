#pragma once
// Personnummer and samordningsnummer: the SDK's, so plugins check identities as the host does.

#include "trygg/sdk/personal_identity.hpp"

namespace trygg {

using sdk::display_identity;  // YYYYMMDD-NNNN
using sdk::IdentityCheck;
using sdk::PersonalIdentity;
using sdk::to_string;

}  // namespace trygg
