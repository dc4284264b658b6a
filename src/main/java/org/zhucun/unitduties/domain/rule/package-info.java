/** The monthly duty rule of an aid unit's leadership (DOMAIN §6) as pure code, without the database. */
package org.zhucun.unitduties.domain.rule;
