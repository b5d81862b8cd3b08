import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportValue', {
  description: 'One value of a dimension: its key and its label in the viewer’s language.',
})
export class ReportValueType {
  @Field(() => String, {
    nullable: true,
    description: 'Enum value, id, period or locale; null: not recorded.',
  })
  key!: string | null;

  @Field(() => String)
  label!: string;
}
