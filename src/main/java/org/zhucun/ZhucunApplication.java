package org.zhucun;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of 驻村通, the village-stationed assistance work application. */
@SpringBootApplication
public class ZhucunApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZhucunApplication.class, args);
	}
}
