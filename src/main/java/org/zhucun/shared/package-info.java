/** Shared building blocks open to every module: base entity, audit trail, periods, money, web and Excel support. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhucun.shared;
