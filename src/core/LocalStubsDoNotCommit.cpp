// LOCAL ONLY (profiles worktree): lets tests link before the flows branch lands. Never commit.
#include "AccountVerification.h"
#include "DirectAuthorization.h"
namespace vkauth {
class AccountVerification::Private {};
class DirectAuthorization::Private {};
AccountVerification::~AccountVerification() = default;
DirectAuthorization::~DirectAuthorization() = default;
}
