/** The Register's assessments per criterion and its referrals to the minister, in their own tables. */
package nl.triade.registry.store.assessment;
