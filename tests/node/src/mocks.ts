// Pulumi's own mocks (pulumi.runtime.setMocks): every RegisterResource the program sends, the remote
// component's included, reaches newResource; the state it returns becomes the registration's outputs.
import * as pulumi from "@pulumi/pulumi";

/** What the mock monitor received for one registration. */
export interface Registration {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
}

/** The outputs the mock engine reports for the component, as the provider's Construct would. */
export const componentState: Record<string, unknown> = {
    vpcId: "vpc-0a1b2c3d4e5f67890",
    privateSubnetIds: ["subnet-0aaa1111", "subnet-0bbb2222"],
    securityGroupId: "sg-0c0ffee0c0ffee000",
    tidbEndpointArn: "arn:aws:dms:us-west-2:123456789012:endpoint:TIDBENDPOINT",
};

export const registrations: Registration[] = [];

export function installMocks(): void {
    pulumi.runtime.setMocks(
        {
            newResource(args: pulumi.runtime.MockResourceArgs): { id: string | undefined; state: Record<string, any> } {
                registrations.push({ type: args.type, name: args.name, inputs: args.inputs });
                return args.type === "tidb-dms:index:TidbDmsMigration"
                    ? { id: undefined, state: componentState }
                    : { id: `${args.name}-id`, state: args.inputs };
            },
            call(args: pulumi.runtime.MockCallArgs): Record<string, any> {
                return args.inputs;
            },
        },
        "tidb-dms-sdk-test",
        "dev",
        false,
    );
}

/** The value an output resolves to. */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise(resolve => output.apply(value => {
        resolve(value);
        return value;
    }));
}

/** The registration of the resource named <name>, once the monitor has it. */
export async function registrationOf(resource: pulumi.Resource, name: string): Promise<Registration> {
    await valueOf(resource.urn);
    const found = registrations.filter(r => r.name === name);
    if (found.length !== 1) {
        throw new Error(`expected one registration named ${name}, got ${found.length}`);
    }
    return found[0];
}
