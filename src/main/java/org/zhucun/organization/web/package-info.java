/** Pages of the organisation module: towns, villages, aid units with their leaders, cadres, and their Excel files. */
package org.zhucun.organization.web;
