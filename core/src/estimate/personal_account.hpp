// Who pays the person's share (docs/estimate.md "Who pays the person's share"): the employees'
// personal account (个人账户), a family member's account through family mutual aid (家庭共济),
// and cash. What the account may pay is data (data/estimate/personal_account.json), each part
// with its source; a part the data leaves open (null) gives a range, not a guess.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/money.hpp"
#include "common/sources.hpp"
#include "estimate/estimate.hpp"
#include "medins/result.hpp"

namespace medins {

// What the request says about the accounts (`account`).
struct AccountInput {
  std::optional<Money> balance;  // the patient's own account, before this bill (employees only)
  struct Family {
    std::string relation;  // "spouse", "parent", "child": the payer as seen from the patient
    Money balance;         // the payer's account before this bill
  };
  std::optional<Family> family;
  // The person knows the insured place's rule for class C: it overrides an open rule in the data.
  std::optional<bool> pays_class_c;
};

// One rule of the data: may the account pay this part, and on what source.
struct AccountPartRule {
  std::optional<bool> may_pay;  // nullopt: the data leaves it to the insured place
  Cited source;
};

struct AccountRules {
  std::vector<Scheme> schemes_with_account;
  AccountPartRule in_scope;  // the person's share of the in-scope spending
  AccountPartRule class_c;   // class C and outside the catalogues
  std::vector<std::string> family_relations;
  Cited family_source;
};

// data/estimate/personal_account.json, read against the bibliography.
Result<AccountRules> personal_account_rules(const Bibliography& sources);

// One way the share is paid.
struct AccountPays {
  Money acct_pay;                    // every account together (own and family): the slip's acct_pay
  Money acct_mulaid_pay;             // of which a family member's account (acct_mulaid_pay)
  Money psn_cash_pay;                // cash
  std::optional<Money> balc;         // the own account after this bill
  std::optional<Money> family_balc;  // the family member's account after this bill
};

struct AccountSplit {
  AccountPays pays;  // class C paid by the account only where the rule (or the person) says so
  // The class-C rule is open and would change the split: the split when the account may pay it.
  std::optional<AccountPays> if_class_c_payable;
  std::optional<bool> class_c_payable;  // the rule used; nullopt: open
  std::vector<ExplanationStep> steps;
};

// The split of `e.person_pays`: the own account first, then the family member's, each up to its
// balance and to what the rules let an account pay; cash for the rest.
AccountSplit split_person_share(const Estimate& e, const AccountInput& in,
                                const AccountRules& rules);

}  // namespace medins
