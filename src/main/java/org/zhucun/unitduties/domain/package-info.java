/** The records of the aid units' duties: leader visits, quarterly meetings and the backing of the cadres. */
package org.zhucun.unitduties.domain;
